// Form controls with their label, hint and errors: every control is named by
// its <label> (or <legend>), and its errors are announced and linked with
// aria-describedby.
import { useId, type ChangeEvent, type ReactNode } from 'react';

interface FieldFrameProps {
  id: string;
  label: ReactNode;
  required?: boolean;
  hint?: ReactNode;
  errors?: readonly string[];
  children: ReactNode;
}

function describedBy(id: string, hint?: ReactNode, errors?: readonly string[]): string | undefined {
  const ids = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldFrame({ id, label, required, hint, errors, children }: FieldFrameProps) {
  return (
    <div className={`field${errors?.length ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {required && <span className="field__required"> （必填）</span>}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id: string; errors?: readonly string[] }) {
  if (!errors?.length) return null;
  return (
    <p className="field__error" id={id}>
      {errors.join('；')}
    </p>
  );
}

interface TextFieldProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  type?: 'text' | 'email' | 'tel' | 'date' | 'password' | 'number';
  required?: boolean;
  hint?: ReactNode;
  errors?: readonly string[];
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'tel' | 'email';
  maxLength?: number;
  readOnly?: boolean;
  name?: string;
}

export function TextField({ label, value, onChange, onBlur, type = 'text', required, hint, errors, ...rest }: TextFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} required={required} hint={hint} errors={errors}>
      <input
        id={id}
        className="field__control"
        type={type}
        value={value}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
        onBlur={onBlur}
        {...rest}
      />
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
  /** The empty choice's text; null for no empty choice. */
  placeholder?: string | null;
  required?: boolean;
  hint?: ReactNode;
  errors?: readonly string[];
  disabled?: boolean;
  name?: string;
}

export function SelectField({ label, value, onChange, options, placeholder = '请选择', required, hint, errors, disabled, name }: SelectFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} required={required} hint={hint} errors={errors}>
      <select
        id={id}
        name={name}
        className="field__control"
        value={value}
        required={required}
        disabled={disabled}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        onChange={(e) => onChange(e.target.value)}
      >
        {placeholder != null && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

interface RadioGroupProps {
  legend: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
  required?: boolean;
  errors?: readonly string[];
  name?: string;
}

export function RadioGroup({ legend, value, onChange, options, required, errors, name }: RadioGroupProps) {
  const id = useId();
  return (
    <fieldset
      className={`field field--group${errors?.length ? ' field--invalid' : ''}`}
      aria-describedby={errors?.length ? `${id}-error` : undefined}
    >
      <legend className="field__label">
        {legend}
        {required && <span className="field__required"> （必填）</span>}
      </legend>
      <div className="field__choices">
        {options.map((o) => (
          <label key={o.value} className="choice">
            <input type="radio" name={name ?? id} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}

interface CheckboxFieldProps {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  errors?: readonly string[];
  name?: string;
}

export function CheckboxField({ label, checked, onChange, errors, name }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className={`field field--checkbox${errors?.length ? ' field--invalid' : ''}`}>
      <input
        id={id}
        name={name}
        type="checkbox"
        checked={checked}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

interface FileFieldProps {
  label: ReactNode;
  accept: string;
  onFile: (file: File | null) => void;
  hint?: ReactNode;
  errors?: readonly string[];
  name?: string;
}

export function FileField({ label, accept, onFile, hint, errors, name }: FileFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors}>
      <input
        id={id}
        name={name}
        className="field__control field__control--file"
        type="file"
        accept={accept}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
      />
    </FieldFrame>
  );
}
