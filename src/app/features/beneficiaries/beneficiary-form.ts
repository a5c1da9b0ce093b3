// The bénéficiaire form's values as typed, their validation (French messages per field) and their
// conversion to and from the stored file.
import * as z from 'zod/mini';
import { beneficiaryStatuses } from '../../../shared/schema/beneficiary';
import type { Beneficiary, BeneficiaryChanges } from '../../db/beneficiaries-repository';
import { isIsoDay } from '../../ui/dates';

/** The form's values, as the fields hold them (text, checkboxes). */
export interface BeneficiaryFormValues {
  firstName: string;
  lastName: string;
  birthYear: string;
  commune: string;
  phone: string;
  noPhone: boolean;
  email: string;
  noEmail: boolean;
  notes: string;
  noticeGivenOn: string;
  objection: boolean;
  objectionOn: string;
  status: (typeof beneficiaryStatuses)[number];
}

export type FormField = keyof BeneficiaryFormValues;
/** A French message per field in error. */
export type FormErrors = Partial<Record<FormField, string>>;

/** The order of the fields on screen: the first one in error gets the focus. */
export const FIELD_ORDER: FormField[] = [
  'firstName',
  'lastName',
  'birthYear',
  'commune',
  'phone',
  'email',
  'notes',
  'noticeGivenOn',
  'objectionOn',
  'status',
];

/** An empty form for a new person. */
export const emptyForm: BeneficiaryFormValues = {
  firstName: '',
  lastName: '',
  birthYear: '',
  commune: '',
  phone: '',
  noPhone: false,
  email: '',
  noEmail: false,
  notes: '',
  noticeGivenOn: '',
  objection: false,
  objectionOn: '',
  status: 'actif',
};

const PHONE = /^\+?[0-9 .()-]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

function formSchema(today: string) {
  const currentYear = Number(today.slice(0, 4));
  const max = (n: number) => z.maxLength(n, `${n} caractères au plus.`);
  const pastDay = (s: string) => s === '' || (isIsoDay(s) && s <= today);
  return z.object({
    firstName: z.string().check(
      z.refine((s) => s.trim() !== '', 'Indiquez un prénom ou un pseudonyme.'),
      max(100),
    ),
    lastName: z.string().check(max(100)),
    birthYear: z
      .string()
      .check(
        z.refine(
          (s) => s.trim() === '' || (/^\d{4}$/.test(s.trim()) && +s >= 1900 && +s <= currentYear),
          `Indiquez une année sur 4 chiffres, entre 1900 et ${currentYear}.`,
        ),
      ),
    commune: z.string().check(max(100)),
    phone: z.string().check(
      z.refine(
        (s) => s.trim() === '' || (PHONE.test(s.trim()) && digits(s) >= 10 && digits(s) <= 15),
        'Numéro incomplet : 10 chiffres, par exemple 06 12 34 56 78.',
      ),
      max(40),
    ),
    email: z.string().check(
      z.refine((s) => s.trim() === '' || EMAIL.test(s.trim()), 'Adresse incomplète : par exemple prenom.nom@exemple.fr.'),
      max(200),
    ),
    notes: z.string().check(max(20000)),
    noticeGivenOn: z.string().check(z.refine(pastDay, 'Indiquez une date passée ou aujourd’hui.')),
    objectionOn: z.string().check(z.refine(pastDay, 'Indiquez une date passée ou aujourd’hui.')),
  });
}

const digits = (s: string) => s.replace(/\D/g, '').length;

/** The errors of the form (empty when it can be saved); `today` is the tablet's day. */
export function validateForm(values: BeneficiaryFormValues, today: string): FormErrors {
  const errors: FormErrors = {};
  const result = formSchema(today).safeParse(values);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path[0] as FormField;
      errors[field] ??= issue.message;
    }
  }
  if (values.objection && values.objectionOn === '') errors.objectionOn ??= 'Indiquez la date à laquelle la personne s’est opposée.';
  return errors;
}

/** The first field in error, in screen order. */
export function firstErrorField(errors: FormErrors): FormField | undefined {
  return FIELD_ORDER.find((field) => errors[field] !== undefined);
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The values to store for a valid form. */
export function toChanges(values: BeneficiaryFormValues): BeneficiaryChanges {
  return {
    firstName: values.firstName.trim(),
    lastName: orNull(values.lastName),
    birthYear: values.birthYear.trim() === '' ? null : Number(values.birthYear),
    commune: orNull(values.commune),
    phone: values.noPhone ? null : orNull(values.phone),
    noPhone: values.noPhone,
    email: values.noEmail ? null : orNull(values.email),
    noEmail: values.noEmail,
    notes: values.notes.trim() === '' ? null : values.notes,
    noticeGivenOn: orNull(values.noticeGivenOn),
    objection: values.objection,
    objectionOn: values.objection ? orNull(values.objectionOn) : null,
    status: values.status,
  };
}

/** The form filled with a stored file. */
export function fromBeneficiary(b: Beneficiary): BeneficiaryFormValues {
  return {
    firstName: b.firstName ?? '',
    lastName: b.lastName ?? '',
    birthYear: b.birthYear === null ? '' : String(b.birthYear),
    commune: b.commune ?? '',
    phone: b.phone ?? '',
    noPhone: b.noPhone ?? false,
    email: b.email ?? '',
    noEmail: b.noEmail ?? false,
    notes: b.notes ?? '',
    noticeGivenOn: b.noticeGivenOn ?? '',
    objection: b.objection ?? false,
    objectionOn: b.objectionOn ?? '',
    status: b.status ?? 'actif',
  };
}

/**
 * What a new file stores: the fields filled in (and its status). An edit writes what changed since the
 * form opened instead (see src/app/forms/use-record-form.ts).
 */
export function filledFields(changes: BeneficiaryChanges): BeneficiaryChanges {
  const kept: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(changes)) {
    if ((value !== null && value !== false) || field === 'status') kept[field] = value;
  }
  return kept as BeneficiaryChanges;
}
