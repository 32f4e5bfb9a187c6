// userErrors {field code message}: the problems a person can act on, with the
// input path of the field at fault (README "Errors").
export interface UserError {
  field: string[];
  code: string;
  message: string;
}

/** The messages for one field, matched by the last segment of its input path (["input","email"] → "email"). */
export function fieldErrors(errors: readonly UserError[] | undefined, name: string): string[] {
  return (errors ?? []).filter((e) => e.field.length > 0 && e.field[e.field.length - 1] === name).map((e) => e.message);
}

/** The errors that name no field of the given list: shown above the form. */
export function otherErrors(errors: readonly UserError[] | undefined, known: readonly string[] = []): UserError[] {
  return (errors ?? []).filter((e) => e.field.length === 0 || !known.includes(e.field[e.field.length - 1]));
}
