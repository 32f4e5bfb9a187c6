// The form as edited: every field a string ('' = not filled), converted to
// ApplicationInput (absent fields null) when saved.
import type { ApplicationInput, PortalApplicationFieldsFragment } from '../../gql/graphql';

export const formFields = [
  'regionCode', 'areaId', 'qualificationCode', 'hukouCode', 'gender', 'birthDate', 'title', 'titleDate',
  'employment', 'workUnit', 'workStartDate', 'education', 'degree', 'graduationDate', 'majorRelation',
  'majorName', 'address', 'email', 'mobile', 'landline', 'postcode', 'photoId',
] as const;

export type FormField = (typeof formFields)[number];
export type FormState = Record<FormField, string>;

export const emptyForm: FormState = Object.fromEntries(formFields.map((f) => [f, ''])) as FormState;

export function formFromApplication(app: PortalApplicationFieldsFragment | null | undefined): FormState {
  if (!app) return { ...emptyForm, title: '无' };
  return {
    regionCode: app.region.code,
    areaId: app.area?.id ?? '',
    qualificationCode: app.qualification?.code ?? '',
    hukouCode: app.hukouCode ?? '',
    gender: app.gender ?? '',
    birthDate: app.birthDate ?? '',
    title: app.title ?? '',
    titleDate: app.titleDate ?? '',
    employment: app.employment ?? '',
    workUnit: app.workUnit ?? '',
    workStartDate: app.workStartDate ?? '',
    education: app.education ?? '',
    degree: app.degree ?? '',
    graduationDate: app.graduationDate ?? '',
    majorRelation: app.majorRelation ?? '',
    majorName: app.majorName ?? '',
    address: app.address ?? '',
    email: app.email ?? '',
    mobile: app.mobile ?? '',
    landline: app.landline ?? '',
    postcode: app.postcode ?? '',
    photoId: app.photo?.id ?? '',
  };
}

/** What saveApplication takes: blanks absent; the work section absent for students, gender and birth date only when asked. */
export function inputFromForm(form: FormState, opts: { askBirth: boolean }): ApplicationInput {
  const v = (f: FormField) => (form[f].trim() === '' ? null : form[f].trim());
  const student = form.employment === 'STUDENT';
  return {
    regionCode: v('regionCode'),
    areaId: v('areaId'),
    qualificationCode: v('qualificationCode'),
    hukouCode: v('hukouCode'),
    gender: opts.askBirth ? (v('gender') as ApplicationInput['gender']) : null,
    birthDate: opts.askBirth ? v('birthDate') : null,
    title: v('title'),
    titleDate: v('titleDate'),
    employment: v('employment') as ApplicationInput['employment'],
    workUnit: student ? null : v('workUnit'),
    workStartDate: student ? null : v('workStartDate'),
    education: v('education') as ApplicationInput['education'],
    degree: v('degree') as ApplicationInput['degree'],
    graduationDate: v('graduationDate'),
    majorRelation: v('majorRelation') as ApplicationInput['majorRelation'],
    majorName: v('majorName'),
    address: v('address'),
    email: v('email'),
    mobile: v('mobile'),
    landline: v('landline'),
    postcode: v('postcode'),
    photoId: v('photoId'),
  };
}
