export const ADMIN_AREAS = [
  { path: '/admin/departments', label: 'admin.departments.title', text: 'admin.departments.intro' },
  { path: '/admin/categories', label: 'admin.categories.title', text: 'admin.categories.intro' },
  { path: '/admin/sla', label: 'admin.sla.title', text: 'admin.sla.intro' },
  { path: '/admin/calendars', label: 'admin.calendars.title', text: 'admin.calendars.intro' },
  { path: '/admin/users', label: 'admin.users.title', text: 'admin.users.intro' },
] as const;
