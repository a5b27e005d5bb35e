/** Who or what may use the command along one dimension: anyone (the admin wrote `*`) or a fixed set. */
export type AllowList =
  | { readonly kind: 'anyone' }
  | { readonly kind: 'only'; readonly values: ReadonlySet<string> };

export function allows(list: AllowList, value: string | undefined): boolean {
  if (list.kind === 'anyone') return true;
  return value !== undefined && list.values.has(value);
}
