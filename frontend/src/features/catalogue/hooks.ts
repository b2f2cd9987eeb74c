import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { CategoriesQuery as CategoriesResult, DepartmentsQuery as DepartmentsResult } from '../../gql/graphql';
import { CategoriesQuery, DepartmentsQuery } from './queries';

export type Category = CategoriesResult['categories'][number];
export type Department = DepartmentsResult['departments'][number];

/** A name in the user's language (Chinese or English). */
export function useLocalName(): (x: { nameZh: string; nameEn: string } | null | undefined) => string {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (x) => (x ? (en ? x.nameEn || x.nameZh : x.nameZh || x.nameEn) : '');
}

export function useCategories() {
  const [{ data, fetching, error }] = useQuery({ query: CategoriesQuery, requestPolicy: 'cache-first' });
  return { categories: (data?.categories ?? []).filter((c) => c.active), fetching, error };
}

export function useDepartments() {
  const [{ data, fetching, error }] = useQuery({ query: DepartmentsQuery, requestPolicy: 'cache-first' });
  return { departments: (data?.departments ?? []).filter((d) => d.active), fetching, error };
}

/** Options for a category picker, grouped by the category's group. */
export function useCategoryOptions() {
  const { categories, fetching } = useCategories();
  const name = useLocalName();
  const groups = new Map<string, { label: string; value: string }[]>();
  for (const c of categories) {
    const list = groups.get(c.groupName) ?? [];
    list.push({ label: name(c), value: c.id });
    groups.set(c.groupName, list);
  }
  const options = [...groups.entries()].map(([group, opts]) =>
    group ? { label: group, title: group, options: opts } : opts,
  ).flat();
  return { options, categories, fetching };
}

export function useDepartmentOptions() {
  const { departments, fetching } = useDepartments();
  const name = useLocalName();
  return { options: departments.map((d) => ({ label: name(d), value: d.id })), departments, fetching };
}
