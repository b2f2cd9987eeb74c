import { graphql } from '../../gql';

export const CategoriesQuery = graphql(`
  query Categories {
    categories {
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

export const DepartmentsQuery = graphql(`
  query Departments {
    departments {
      id
      code
      nameZh
      nameEn
      parentId
      active
    }
  }
`);
