import { graphql } from '../../gql';

export const AdminDepartmentsQuery = graphql(`
  query AdminDepartments {
    allDepartments {
      id
      code
      nameZh
      nameEn
      parentId
      active
    }
    calendars {
      id
      name
    }
  }
`);

export const SaveDepartmentMutation = graphql(`
  mutation SaveDepartment($id: ID, $input: DepartmentAdminInput!) {
    saveDepartment(id: $id, input: $input) {
      id
      code
      nameZh
      nameEn
      parentId
      active
    }
  }
`);

export const AdminCategoriesQuery = graphql(`
  query AdminCategories {
    allCategories {
      id
      code
      nameZh
      nameEn
      description
      groupName
      defaultKind
      active
    }
    allDepartments {
      id
      nameZh
      nameEn
      active
    }
    routingRules {
      id
      categoryId
      district
      departmentId
    }
  }
`);

export const SaveCategoryMutation = graphql(`
  mutation SaveCategory($id: ID, $input: CategoryAdminInput!) {
    saveCategory(id: $id, input: $input) {
      id
      code
      nameZh
      nameEn
      description
      groupName
      defaultKind
      active
    }
  }
`);

export const SetRouteMutation = graphql(`
  mutation SetRoute($categoryId: ID!, $district: String!, $departmentId: ID!) {
    setRoute(categoryId: $categoryId, district: $district, departmentId: $departmentId) {
      id
      categoryId
      district
      departmentId
    }
  }
`);

export const RemoveRouteMutation = graphql(`
  mutation RemoveRoute($id: ID!) {
    removeRoute(id: $id)
  }
`);

export const AdminUsersQuery = graphql(`
  query AdminUsers($role: String, $departmentId: ID, $after: ID, $first: Int!) {
    users(role: $role, departmentId: $departmentId, after: $after, first: $first) {
      id
      email
      displayName
      role
      departmentId
      isDepartmentHead
      active
    }
    allDepartments {
      id
      nameZh
      nameEn
      active
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $role: String!, $departmentId: ID, $isDepartmentHead: Boolean!, $active: Boolean!) {
    updateUser(id: $id, role: $role, departmentId: $departmentId, isDepartmentHead: $isDepartmentHead, active: $active)
  }
`);

export const CalendarsQuery = graphql(`
  query Calendars {
    calendars {
      id
      name
      timeZone
      weekly {
        start
        end
      }
      days {
        day
        kind
        name
      }
    }
  }
`);

export const SetCalendarDayMutation = graphql(`
  mutation SetCalendarDay($calendarId: ID!, $day: String!, $kind: String, $name: String!) {
    setCalendarDay(calendarId: $calendarId, day: $day, kind: $kind, name: $name)
  }
`);

export const SetWorkingWeekMutation = graphql(`
  mutation SetWorkingWeek($calendarId: ID!, $timeZone: String!, $weekly: [[WorkingPeriodInput!]!]!) {
    setWorkingWeek(calendarId: $calendarId, timeZone: $timeZone, weekly: $weekly)
  }
`);

export const SlaPolicyQuery = graphql(`
  query SlaPolicy {
    slaPolicy {
      entries {
        kind
        priority
        dispatchWithin {
          basis
          value
        }
        acceptWithin {
          basis
          value
        }
        replyWithin {
          basis
          value
        }
      }
      returnWithin {
        basis
        value
      }
      maxExtensions
      maxExtension {
        basis
        value
      }
      reopenWindow {
        basis
        value
      }
      ratingWindow {
        basis
        value
      }
      autoRedoOnDissatisfied
    }
    escalationSettings {
      yellowBefore {
        basis
        value
      }
      yellowFraction
      acceptSecondPeriod {
        basis
        value
      }
      supervisionAfterRed {
        basis
        value
      }
      problemRedos
      problemDepartments
      enabled
    }
  }
`);

export const UpdateSlaPolicyMutation = graphql(`
  mutation UpdateSlaPolicy($input: SlaPolicyInput!) {
    updateSlaPolicy(input: $input) {
      maxExtensions
    }
  }
`);
