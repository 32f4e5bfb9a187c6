/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** ApplicationDegree is enum for the field degree */
export type ApplicationDegree =
  | 'BACHELOR'
  | 'DOCTOR'
  | 'MASTER'
  | 'NONE';

/** ApplicationEducation is enum for the field education */
export type ApplicationEducation =
  | 'BACHELOR'
  | 'COLLEGE'
  | 'DOCTORATE'
  | 'HIGH_SCHOOL'
  | 'MASTER'
  | 'OTHER'
  | 'SECONDARY';

/** ApplicationEmployment is enum for the field employment */
export type ApplicationEmployment =
  | 'EMPLOYED'
  | 'STUDENT';

/** ApplicationGender is enum for the field gender */
export type ApplicationGender =
  | 'FEMALE'
  | 'MALE';

/**
 * The whole form as the candidate last edited it. Saving replaces every field
 * with what is sent (absent means empty): a draft may be incomplete, but every
 * field present must be well-formed. Name, ID type and number come from the
 * verified identity; gender and birth date too where the ID number carries them.
 */
export type ApplicationInput = {
  address?: string | null | undefined;
  /** 考试考区: an exam area of that region. */
  areaId?: string | number | null | undefined;
  birthDate?: string | null | undefined;
  degree?: ApplicationDegree | null | undefined;
  education?: ApplicationEducation | null | undefined;
  email?: string | null | undefined;
  /** 在职情况: 在校 (STUDENT) or 在职 (EMPLOYED). */
  employment?: ApplicationEmployment | null | undefined;
  /** Only when the ID type does not carry them (passes, passports). */
  gender?: ApplicationGender | null | undefined;
  /** 毕业时间 */
  graduationDate?: string | null | undefined;
  /** 户籍所在地: a code from hukouChoices. */
  hukouCode?: string | null | undefined;
  /** 固定电话, required at submit: a fixed line (024-12345678), or the mobile number when there is none. */
  landline?: string | null | undefined;
  /** 专业名称; 无 allowed for non-graduates. */
  majorName?: string | null | undefined;
  /** 所学专业: 相同 / 相近 / 其它 */
  majorRelation?: ApplicationMajorRelation | null | undefined;
  mobile?: string | null | undefined;
  /** A saved, validated photo of the candidate (savePhoto). */
  photoId?: string | number | null | undefined;
  postcode?: string | null | undefined;
  /** 报考资格: the qualification's code (its level follows). */
  qualificationCode?: string | null | undefined;
  /** 报名省市: the region's GB/T 2260 code, e.g. 210200 for 大连. */
  regionCode?: string | null | undefined;
  /** 现有职称(资格); 无 when none. */
  title?: string | null | undefined;
  /** 取得时间; required unless the title is 无. */
  titleDate?: string | null | undefined;
  workStartDate?: string | null | undefined;
  /** 工作单位 and 本专业工作时间: required for EMPLOYED, must be absent for STUDENT. */
  workUnit?: string | null | undefined;
};

/** ApplicationMajorRelation is enum for the field major_relation */
export type ApplicationMajorRelation =
  | 'OTHER'
  | 'SAME'
  | 'SIMILAR';

/** ApplicationStatus is enum for the field status */
export type ApplicationStatus =
  | 'AWAITING_PAYMENT'
  | 'DRAFT'
  | 'LAPSED'
  | 'PENDING_REVIEW'
  | 'REFUNDED'
  | 'REGISTERED'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

/** CandidateGender is enum for the field gender */
export type CandidateGender =
  | 'FEMALE'
  | 'MALE';

/** IDType is enum for the field id_type */
export type IdType =
  | 'CHINESE_PASSPORT'
  | 'FOREIGN_PERMANENT_RESIDENT_ID'
  | 'HK_MACAO_RESIDENCE_PERMIT'
  | 'HK_MACAO_TRAVEL_PERMIT'
  | 'RESIDENT_ID'
  | 'TAIWAN_RESIDENCE_PERMIT'
  | 'TAIWAN_TRAVEL_PERMIT';

/** Level is enum for the field level */
export type Level =
  | 'INTERMEDIATE'
  | 'JUNIOR'
  | 'SENIOR';

/** Where a QR login stands. */
export type LoginState =
  /** Confirmed: the session is in this answer (once). */
  | 'CONFIRMED'
  /** Logged in but refused to share name and ID: registration needs them. */
  | 'CONSENT_REFUSED'
  /** The QR code timed out: start again. */
  | 'EXPIRED'
  /** Shown, not yet confirmed in the app: poll again. */
  | 'PENDING'
  /** Declined in the app, or the identity returned was refused. */
  | 'REFUSED';

/** MaterialKind is enum for the field material_kind */
export type MaterialKind =
  | 'OTHER'
  | 'RESIDENCE_PERMIT'
  | 'SOCIAL_SECURITY'
  | 'WORK_PROOF';

/** NoticeKind is enum for the field kind */
export type NoticeKind =
  | 'CANDIDATE_GUIDE'
  | 'EXAM_ARRANGEMENT'
  | 'EXAM_PLAN'
  | 'POLICY';

/** PaymentOrderStatus is enum for the field status */
export type PaymentOrderStatus =
  | 'CLOSED'
  | 'FAILED'
  | 'PAID'
  | 'PENDING'
  | 'REFUNDED';

/** Role is enum for the field role */
export type Role =
  | 'EXAM_STAFF'
  | 'NATIONAL_ADMIN'
  | 'REGION_ADMIN'
  | 'REVIEWER';

/**
 * Drives the identity simulator (only with --demo): play the person who scans
 * qrPayload. CONFIRM needs subject (the stable 网号), name, idType and idNumber.
 */
export type SimulateIdentityAppInput = {
  action: SimulatorAction;
  idNumber?: string | null | undefined;
  idType?: IdType | null | undefined;
  name?: string | null | undefined;
  qrPayload: string;
  subject?: string | null | undefined;
};

/** What the simulated person does in the 国家网络身份认证 app. */
export type SimulatorAction =
  | 'CONFIRM'
  | 'EXPIRE'
  | 'REFUSE'
  | 'REFUSE_CONSENT';

export type StaffLoginInput = {
  password: string;
  /** The 6-digit code of the authenticator app, when the second factor is on. */
  totpCode?: string | null | undefined;
  username: string;
};

export type VerifyCertificateInput = {
  /** The holder's ID number (with idType, default RESIDENT_ID). */
  idNumber?: string | null | undefined;
  idType?: IdType | null | undefined;
  /** The holder's name, exactly as on the certificate. */
  name: string;
  /** 证书编号; or give idNumber instead. */
  number?: string | null | undefined;
};

export type ViewerKind =
  | 'CANDIDATE'
  | 'STAFF';

export type PortalApplicationFieldsFragment = { id: string, version: number, status: ApplicationStatus, statusLabel: string, editable: boolean, hukouCode: string | null, gender: ApplicationGender | null, birthDate: string | null, title: string | null, titleDate: string | null, employment: ApplicationEmployment | null, workUnit: string | null, workStartDate: string | null, education: ApplicationEducation | null, degree: ApplicationDegree | null, graduationDate: string | null, majorRelation: ApplicationMajorRelation | null, majorName: string | null, address: string | null, email: string | null, mobile: string | null, landline: string | null, postcode: string | null, feeText: string | null, submittedAt: string | null, reviewDeadlineAt: string | null, session: { code: string, name: string }, region: { code: string, name: string }, area: { id: string, name: string } | null, qualification: { code: string, name: string, levelLabel: string } | null, subjects: Array<{ name: string }>, photo: { id: string, url: string } | null, materials: Array<{ id: string, materialKindLabel: string | null, originalName: string }> | null, rejectionReasons: Array<{ code: string, label: string, description: string }>, history: Array<{ id: string, createdAt: string, toStatusLabel: string, reason: string }> | null };

export type PortalApplyFormQueryVariables = Exact<{
  sessionCode: string;
}>;


export type PortalApplyFormQuery = { examSessions: Array<{ code: string, name: string, registrationOpen: boolean }>, examSession: { code: string, name: string, policies: Array<{ registrationOpensAt: string, registrationClosesAt: string, commitmentRequired: boolean, nonLocalAllowed: boolean, nonLocalMaterialKinds: Array<MaterialKind> | null, reviewModeLabel: string, free: boolean, region: { code: string, name: string, areas: Array<{ id: string, name: string, levels: Array<Level>, disabled: boolean }> | null } }> | null } | null, qualifications: Array<{ code: string, name: string, level: Level, levelLabel: string, subjects: Array<{ name: string, order: number }> | null }>, formChoices: { genders: Array<{ value: string, label: string }>, employments: Array<{ value: string, label: string }>, educations: Array<{ value: string, label: string }>, degrees: Array<{ value: string, label: string }>, majorRelations: Array<{ value: string, label: string }> }, hukouChoices: Array<{ code: string, name: string }>, me: { candidate: { id: string, name: string, idTypeLabel: string, idNumber: string, gender: CandidateGender | null, birthDate: string | null, ageAt: number | null } | null } | null, myApplications: Array<{ id: string, version: number, status: ApplicationStatus, statusLabel: string, editable: boolean, hukouCode: string | null, gender: ApplicationGender | null, birthDate: string | null, title: string | null, titleDate: string | null, employment: ApplicationEmployment | null, workUnit: string | null, workStartDate: string | null, education: ApplicationEducation | null, degree: ApplicationDegree | null, graduationDate: string | null, majorRelation: ApplicationMajorRelation | null, majorName: string | null, address: string | null, email: string | null, mobile: string | null, landline: string | null, postcode: string | null, feeText: string | null, submittedAt: string | null, reviewDeadlineAt: string | null, session: { code: string, name: string }, region: { code: string, name: string }, area: { id: string, name: string } | null, qualification: { code: string, name: string, levelLabel: string } | null, subjects: Array<{ name: string }>, photo: { id: string, url: string } | null, materials: Array<{ id: string, materialKindLabel: string | null, originalName: string }> | null, rejectionReasons: Array<{ code: string, label: string, description: string }>, history: Array<{ id: string, createdAt: string, toStatusLabel: string, reason: string }> | null }> };

export type PortalSaveApplicationMutationVariables = Exact<{
  sessionCode?: string | null | undefined;
  id?: string | number | null | undefined;
  version?: number | null | undefined;
  input: ApplicationInput;
}>;


export type PortalSaveApplicationMutation = { saveApplication: { application: { id: string, version: number, status: ApplicationStatus, statusLabel: string, editable: boolean, hukouCode: string | null, gender: ApplicationGender | null, birthDate: string | null, title: string | null, titleDate: string | null, employment: ApplicationEmployment | null, workUnit: string | null, workStartDate: string | null, education: ApplicationEducation | null, degree: ApplicationDegree | null, graduationDate: string | null, majorRelation: ApplicationMajorRelation | null, majorName: string | null, address: string | null, email: string | null, mobile: string | null, landline: string | null, postcode: string | null, feeText: string | null, submittedAt: string | null, reviewDeadlineAt: string | null, session: { code: string, name: string }, region: { code: string, name: string }, area: { id: string, name: string } | null, qualification: { code: string, name: string, levelLabel: string } | null, subjects: Array<{ name: string }>, photo: { id: string, url: string } | null, materials: Array<{ id: string, materialKindLabel: string | null, originalName: string }> | null, rejectionReasons: Array<{ code: string, label: string, description: string }>, history: Array<{ id: string, createdAt: string, toStatusLabel: string, reason: string }> | null } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type PortalSubmitApplicationMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
  commitmentAccepted?: boolean | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type PortalSubmitApplicationMutation = { submitApplication: { application: { id: string, version: number, status: ApplicationStatus, statusLabel: string, editable: boolean, hukouCode: string | null, gender: ApplicationGender | null, birthDate: string | null, title: string | null, titleDate: string | null, employment: ApplicationEmployment | null, workUnit: string | null, workStartDate: string | null, education: ApplicationEducation | null, degree: ApplicationDegree | null, graduationDate: string | null, majorRelation: ApplicationMajorRelation | null, majorName: string | null, address: string | null, email: string | null, mobile: string | null, landline: string | null, postcode: string | null, feeText: string | null, submittedAt: string | null, reviewDeadlineAt: string | null, session: { code: string, name: string }, region: { code: string, name: string }, area: { id: string, name: string } | null, qualification: { code: string, name: string, levelLabel: string } | null, subjects: Array<{ name: string }>, photo: { id: string, url: string } | null, materials: Array<{ id: string, materialKindLabel: string | null, originalName: string }> | null, rejectionReasons: Array<{ code: string, label: string, description: string }>, history: Array<{ id: string, createdAt: string, toStatusLabel: string, reason: string }> | null } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type PortalSavePhotoMutationVariables = Exact<{
  file: File;
}>;


export type PortalSavePhotoMutation = { savePhoto: { photo: { id: string, url: string } | null, report: { passed: boolean, width: number, height: number, checks: Array<{ name: string, label: string, passed: boolean, measured: string, required: string, advice: string }> } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type PortalUploadMaterialMutationVariables = Exact<{
  applicationId: string | number;
  kind: MaterialKind;
  file: File;
}>;


export type PortalUploadMaterialMutation = { uploadMaterial: { material: { id: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type PortalWithdrawApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type PortalWithdrawApplicationMutation = { withdrawApplication: { application: { id: string, version: number, status: ApplicationStatus, statusLabel: string, editable: boolean, hukouCode: string | null, gender: ApplicationGender | null, birthDate: string | null, title: string | null, titleDate: string | null, employment: ApplicationEmployment | null, workUnit: string | null, workStartDate: string | null, education: ApplicationEducation | null, degree: ApplicationDegree | null, graduationDate: string | null, majorRelation: ApplicationMajorRelation | null, majorName: string | null, address: string | null, email: string | null, mobile: string | null, landline: string | null, postcode: string | null, feeText: string | null, submittedAt: string | null, reviewDeadlineAt: string | null, session: { code: string, name: string }, region: { code: string, name: string }, area: { id: string, name: string } | null, qualification: { code: string, name: string, levelLabel: string } | null, subjects: Array<{ name: string }>, photo: { id: string, url: string } | null, materials: Array<{ id: string, materialKindLabel: string | null, originalName: string }> | null, rejectionReasons: Array<{ code: string, label: string, description: string }>, history: Array<{ id: string, createdAt: string, toStatusLabel: string, reason: string }> | null } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type PortalOpenSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalOpenSessionsQuery = { examSessions: Array<{ code: string, name: string, registrationOpen: boolean }> };

export type PortalMyExamsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMyExamsQuery = { myApplications: Array<{ id: string, status: ApplicationStatus, statusLabel: string, session: { code: string, name: string, firstExamDay: string, lastExamDay: string, ticketPrintOpensAt: string, ticketPrintClosesAt: string, scoreReleaseAt: string | null }, region: { name: string }, area: { name: string } | null, qualification: { name: string, levelLabel: string } | null, subjects: Array<{ name: string, order: number, sitting: number, durationMinutes: number }>, admissionTicket: { id: string, ticketNumber: string, seat: number, pdfUrl: string | null, site: { name: string, address: string }, room: { code: string } } | null, result: { released: boolean, releaseAt: string | null, passed: boolean | null, subjects: Array<{ points: number | null, absent: boolean, passMark: number, fullMarks: number, passed: boolean, subject: { name: string } }> } | null, certificate: { pdfUrl: string | null } | null }> };

export type PortalRegionNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalRegionNoticesQuery = { regions: Array<{ code: string, name: string, notices: Array<{ id: string, kind: NoticeKind, kindLabel: string, title: string, body: string, publishedAt: string, sortOrder: number, session: { name: string } | null }> | null }> };

export type PortalExamPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalExamPlanQuery = { examSessions: Array<{ code: string, name: string, halfLabel: string, registrationOpen: boolean, registrationOpensAt: string, registrationClosesAt: string, ticketPrintOpensAt: string, ticketPrintClosesAt: string, firstExamDay: string, lastExamDay: string, scoreReleaseAt: string | null }> };

export type PortalSessionQualificationsQueryVariables = Exact<{
  sessionCode: string;
}>;


export type PortalSessionQualificationsQuery = { qualifications: Array<{ code: string, name: string, levelLabel: string, categoryLabel: string, subjects: Array<{ name: string, order: number, durationMinutes: number }> | null }> };

export type PortalVerifyCertificateQueryVariables = Exact<{
  input: VerifyCertificateInput;
}>;


export type PortalVerifyCertificateQuery = { verifyCertificate: { genuine: boolean, certificates: Array<{ qualification: string, level: Level, issuedOn: string }>, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type PortalStartLoginMutationVariables = Exact<{ [key: string]: never; }>;


export type PortalStartLoginMutation = { startCandidateLogin: { ticket: string | null, qrPayload: string | null, qrCodePng: string | null, expiresAt: string | null, pollIntervalSeconds: number, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type PortalPollLoginMutationVariables = Exact<{
  ticket: string;
}>;


export type PortalPollLoginMutation = { pollCandidateLogin: { state: LoginState, stateLabel: string, firstLogin: boolean, session: { token: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type PortalSimulateAppMutationVariables = Exact<{
  input: SimulateIdentityAppInput;
}>;


export type PortalSimulateAppMutation = { simulateIdentityApp: { done: boolean, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type PortalPrivacyNoticeQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalPrivacyNoticeQuery = { privacyNotice: { version: string, title: string, body: string, sensitiveConsentText: string, sensitiveItems: Array<{ name: string, purpose: string }> } };

export type PortalGiveConsentMutationVariables = Exact<{
  version: string;
  general: boolean;
  sensitive: boolean;
}>;


export type PortalGiveConsentMutation = { giveConsent: { me: { pendingPrivacyNotice: { version: string } | null } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type PortalPaymentFieldsFragment = { id: string, status: ApplicationStatus, statusLabel: string, feeText: string | null, session: { code: string, name: string }, region: { name: string }, qualification: { name: string, levelLabel: string } | null, payment: { id: string, outTradeNo: string, amountFen: number, status: PaymentOrderStatus, statusLabel: string, codeUrl: string | null, expiresAt: string, paidAt: string | null, receiptNo: string | null, receiptUrl: string | null } | null };

export type PortalPaymentsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalPaymentsQuery = { myApplications: Array<{ id: string, status: ApplicationStatus, statusLabel: string, feeText: string | null, session: { code: string, name: string }, region: { name: string }, qualification: { name: string, levelLabel: string } | null, payment: { id: string, outTradeNo: string, amountFen: number, status: PaymentOrderStatus, statusLabel: string, codeUrl: string | null, expiresAt: string, paidAt: string | null, receiptNo: string | null, receiptUrl: string | null } | null }> };

export type PortalPayMutationVariables = Exact<{
  id: string | number;
}>;


export type PortalPayMutation = { payApplication: { application: { id: string, status: ApplicationStatus, statusLabel: string, feeText: string | null, session: { code: string, name: string }, region: { name: string }, qualification: { name: string, levelLabel: string } | null, payment: { id: string, outTradeNo: string, amountFen: number, status: PaymentOrderStatus, statusLabel: string, codeUrl: string | null, expiresAt: string, paidAt: string | null, receiptNo: string | null, receiptUrl: string | null } | null } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type PortalRefreshPaymentMutationVariables = Exact<{
  id: string | number;
}>;


export type PortalRefreshPaymentMutation = { refreshPayment: { application: { id: string, status: ApplicationStatus, statusLabel: string, feeText: string | null, session: { code: string, name: string }, region: { name: string }, qualification: { name: string, levelLabel: string } | null, payment: { id: string, outTradeNo: string, amountFen: number, status: PaymentOrderStatus, statusLabel: string, codeUrl: string | null, expiresAt: string, paidAt: string | null, receiptNo: string | null, receiptUrl: string | null } | null } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type SharedMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SharedMeQuery = { me: { kind: ViewerKind, totpEnrolmentRequired: boolean, sessionExpiresAt: string, candidate: { id: string, name: string, idType: IdType, idTypeLabel: string, idNumber: string } | null, staff: { id: string, username: string, displayName: string, role: Role, roleLabel: string, region: { code: string, name: string } | null } | null, pendingPrivacyNotice: { version: string, title: string } | null } | null };

export type SharedStaffLoginMutationVariables = Exact<{
  input: StaffLoginInput;
}>;


export type SharedStaffLoginMutation = { staffLogin: { totpEnrolmentRequired: boolean, session: { token: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type SharedLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type SharedLogoutMutation = { logout: { loggedOut: boolean } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PortalApplicationFieldsFragmentDoc = new TypedDocumentString(`
    fragment PortalApplicationFields on Application {
  id
  version
  status
  statusLabel
  editable
  session {
    code
    name
  }
  region {
    code
    name
  }
  area {
    id
    name
  }
  qualification {
    code
    name
    levelLabel
  }
  subjects {
    name
  }
  hukouCode
  gender
  birthDate
  title
  titleDate
  employment
  workUnit
  workStartDate
  education
  degree
  graduationDate
  majorRelation
  majorName
  address
  email
  mobile
  landline
  postcode
  photo {
    id
    url
  }
  materials {
    id
    materialKindLabel
    originalName
  }
  feeText
  submittedAt
  reviewDeadlineAt
  rejectionReasons {
    code
    label
    description
  }
  history {
    id
    createdAt
    toStatusLabel
    reason
  }
}
    `, {"fragmentName":"PortalApplicationFields"}) as unknown as TypedDocumentString<PortalApplicationFieldsFragment, unknown>;
export const PortalPaymentFieldsFragmentDoc = new TypedDocumentString(`
    fragment PortalPaymentFields on Application {
  id
  status
  statusLabel
  feeText
  session {
    code
    name
  }
  region {
    name
  }
  qualification {
    name
    levelLabel
  }
  payment {
    id
    outTradeNo
    amountFen
    status
    statusLabel
    codeUrl
    expiresAt
    paidAt
    receiptNo
    receiptUrl
  }
}
    `, {"fragmentName":"PortalPaymentFields"}) as unknown as TypedDocumentString<PortalPaymentFieldsFragment, unknown>;
export const PortalApplyFormDocument = new TypedDocumentString(`
    query PortalApplyForm($sessionCode: String!) {
  examSessions {
    code
    name
    registrationOpen
  }
  examSession(code: $sessionCode) {
    code
    name
    policies {
      registrationOpensAt
      registrationClosesAt
      commitmentRequired
      nonLocalAllowed
      nonLocalMaterialKinds
      reviewModeLabel
      free
      region {
        code
        name
        areas {
          id
          name
          levels
          disabled
        }
      }
    }
  }
  qualifications(sessionCode: $sessionCode) {
    code
    name
    level
    levelLabel
    subjects {
      name
      order
    }
  }
  formChoices {
    genders {
      value
      label
    }
    employments {
      value
      label
    }
    educations {
      value
      label
    }
    degrees {
      value
      label
    }
    majorRelations {
      value
      label
    }
  }
  hukouChoices {
    code
    name
  }
  me {
    candidate {
      id
      name
      idTypeLabel
      idNumber
      gender
      birthDate
      ageAt(sessionCode: $sessionCode)
    }
  }
  myApplications {
    ...PortalApplicationFields
  }
}
    fragment PortalApplicationFields on Application {
  id
  version
  status
  statusLabel
  editable
  session {
    code
    name
  }
  region {
    code
    name
  }
  area {
    id
    name
  }
  qualification {
    code
    name
    levelLabel
  }
  subjects {
    name
  }
  hukouCode
  gender
  birthDate
  title
  titleDate
  employment
  workUnit
  workStartDate
  education
  degree
  graduationDate
  majorRelation
  majorName
  address
  email
  mobile
  landline
  postcode
  photo {
    id
    url
  }
  materials {
    id
    materialKindLabel
    originalName
  }
  feeText
  submittedAt
  reviewDeadlineAt
  rejectionReasons {
    code
    label
    description
  }
  history {
    id
    createdAt
    toStatusLabel
    reason
  }
}`) as unknown as TypedDocumentString<PortalApplyFormQuery, PortalApplyFormQueryVariables>;
export const PortalSaveApplicationDocument = new TypedDocumentString(`
    mutation PortalSaveApplication($sessionCode: String, $id: ID, $version: Int, $input: ApplicationInput!) {
  saveApplication(
    sessionCode: $sessionCode
    id: $id
    version: $version
    input: $input
  ) {
    application {
      ...PortalApplicationFields
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment PortalApplicationFields on Application {
  id
  version
  status
  statusLabel
  editable
  session {
    code
    name
  }
  region {
    code
    name
  }
  area {
    id
    name
  }
  qualification {
    code
    name
    levelLabel
  }
  subjects {
    name
  }
  hukouCode
  gender
  birthDate
  title
  titleDate
  employment
  workUnit
  workStartDate
  education
  degree
  graduationDate
  majorRelation
  majorName
  address
  email
  mobile
  landline
  postcode
  photo {
    id
    url
  }
  materials {
    id
    materialKindLabel
    originalName
  }
  feeText
  submittedAt
  reviewDeadlineAt
  rejectionReasons {
    code
    label
    description
  }
  history {
    id
    createdAt
    toStatusLabel
    reason
  }
}`) as unknown as TypedDocumentString<PortalSaveApplicationMutation, PortalSaveApplicationMutationVariables>;
export const PortalSubmitApplicationDocument = new TypedDocumentString(`
    mutation PortalSubmitApplication($id: ID!, $version: Int, $commitmentAccepted: Boolean, $idempotencyKey: String) {
  submitApplication(
    id: $id
    version: $version
    commitmentAccepted: $commitmentAccepted
    idempotencyKey: $idempotencyKey
  ) {
    application {
      ...PortalApplicationFields
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment PortalApplicationFields on Application {
  id
  version
  status
  statusLabel
  editable
  session {
    code
    name
  }
  region {
    code
    name
  }
  area {
    id
    name
  }
  qualification {
    code
    name
    levelLabel
  }
  subjects {
    name
  }
  hukouCode
  gender
  birthDate
  title
  titleDate
  employment
  workUnit
  workStartDate
  education
  degree
  graduationDate
  majorRelation
  majorName
  address
  email
  mobile
  landline
  postcode
  photo {
    id
    url
  }
  materials {
    id
    materialKindLabel
    originalName
  }
  feeText
  submittedAt
  reviewDeadlineAt
  rejectionReasons {
    code
    label
    description
  }
  history {
    id
    createdAt
    toStatusLabel
    reason
  }
}`) as unknown as TypedDocumentString<PortalSubmitApplicationMutation, PortalSubmitApplicationMutationVariables>;
export const PortalSavePhotoDocument = new TypedDocumentString(`
    mutation PortalSavePhoto($file: Upload!) {
  savePhoto(file: $file) {
    photo {
      id
      url
    }
    report {
      passed
      width
      height
      checks {
        name
        label
        passed
        measured
        required
        advice
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PortalSavePhotoMutation, PortalSavePhotoMutationVariables>;
export const PortalUploadMaterialDocument = new TypedDocumentString(`
    mutation PortalUploadMaterial($applicationId: ID!, $kind: MaterialKind!, $file: Upload!) {
  uploadMaterial(applicationId: $applicationId, kind: $kind, file: $file) {
    material {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PortalUploadMaterialMutation, PortalUploadMaterialMutationVariables>;
export const PortalWithdrawApplicationDocument = new TypedDocumentString(`
    mutation PortalWithdrawApplication($id: ID!) {
  withdrawApplication(id: $id) {
    application {
      ...PortalApplicationFields
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment PortalApplicationFields on Application {
  id
  version
  status
  statusLabel
  editable
  session {
    code
    name
  }
  region {
    code
    name
  }
  area {
    id
    name
  }
  qualification {
    code
    name
    levelLabel
  }
  subjects {
    name
  }
  hukouCode
  gender
  birthDate
  title
  titleDate
  employment
  workUnit
  workStartDate
  education
  degree
  graduationDate
  majorRelation
  majorName
  address
  email
  mobile
  landline
  postcode
  photo {
    id
    url
  }
  materials {
    id
    materialKindLabel
    originalName
  }
  feeText
  submittedAt
  reviewDeadlineAt
  rejectionReasons {
    code
    label
    description
  }
  history {
    id
    createdAt
    toStatusLabel
    reason
  }
}`) as unknown as TypedDocumentString<PortalWithdrawApplicationMutation, PortalWithdrawApplicationMutationVariables>;
export const PortalOpenSessionsDocument = new TypedDocumentString(`
    query PortalOpenSessions {
  examSessions {
    code
    name
    registrationOpen
  }
}
    `) as unknown as TypedDocumentString<PortalOpenSessionsQuery, PortalOpenSessionsQueryVariables>;
export const PortalMyExamsDocument = new TypedDocumentString(`
    query PortalMyExams {
  myApplications {
    id
    status
    statusLabel
    session {
      code
      name
      firstExamDay
      lastExamDay
      ticketPrintOpensAt
      ticketPrintClosesAt
      scoreReleaseAt
    }
    region {
      name
    }
    area {
      name
    }
    qualification {
      name
      levelLabel
    }
    subjects {
      name
      order
      sitting
      durationMinutes
    }
    admissionTicket {
      id
      ticketNumber
      seat
      pdfUrl
      site {
        name
        address
      }
      room {
        code
      }
    }
    result {
      released
      releaseAt
      passed
      subjects {
        subject {
          name
        }
        points
        absent
        passMark
        fullMarks
        passed
      }
    }
    certificate {
      pdfUrl
    }
  }
}
    `) as unknown as TypedDocumentString<PortalMyExamsQuery, PortalMyExamsQueryVariables>;
export const PortalRegionNoticesDocument = new TypedDocumentString(`
    query PortalRegionNotices {
  regions {
    code
    name
    notices {
      id
      kind
      kindLabel
      title
      body
      publishedAt
      sortOrder
      session {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortalRegionNoticesQuery, PortalRegionNoticesQueryVariables>;
export const PortalExamPlanDocument = new TypedDocumentString(`
    query PortalExamPlan {
  examSessions {
    code
    name
    halfLabel
    registrationOpen
    registrationOpensAt
    registrationClosesAt
    ticketPrintOpensAt
    ticketPrintClosesAt
    firstExamDay
    lastExamDay
    scoreReleaseAt
  }
}
    `) as unknown as TypedDocumentString<PortalExamPlanQuery, PortalExamPlanQueryVariables>;
export const PortalSessionQualificationsDocument = new TypedDocumentString(`
    query PortalSessionQualifications($sessionCode: String!) {
  qualifications(sessionCode: $sessionCode) {
    code
    name
    levelLabel
    categoryLabel
    subjects {
      name
      order
      durationMinutes
    }
  }
}
    `) as unknown as TypedDocumentString<PortalSessionQualificationsQuery, PortalSessionQualificationsQueryVariables>;
export const PortalVerifyCertificateDocument = new TypedDocumentString(`
    query PortalVerifyCertificate($input: VerifyCertificateInput!) {
  verifyCertificate(input: $input) {
    genuine
    certificates {
      qualification
      level
      issuedOn
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PortalVerifyCertificateQuery, PortalVerifyCertificateQueryVariables>;
export const PortalStartLoginDocument = new TypedDocumentString(`
    mutation PortalStartLogin {
  startCandidateLogin {
    ticket
    qrPayload
    qrCodePng
    expiresAt
    pollIntervalSeconds
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PortalStartLoginMutation, PortalStartLoginMutationVariables>;
export const PortalPollLoginDocument = new TypedDocumentString(`
    mutation PortalPollLogin($ticket: String!) {
  pollCandidateLogin(ticket: $ticket) {
    state
    stateLabel
    firstLogin
    session {
      token
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PortalPollLoginMutation, PortalPollLoginMutationVariables>;
export const PortalSimulateAppDocument = new TypedDocumentString(`
    mutation PortalSimulateApp($input: SimulateIdentityAppInput!) {
  simulateIdentityApp(input: $input) {
    done
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PortalSimulateAppMutation, PortalSimulateAppMutationVariables>;
export const PortalPrivacyNoticeDocument = new TypedDocumentString(`
    query PortalPrivacyNotice {
  privacyNotice {
    version
    title
    body
    sensitiveItems {
      name
      purpose
    }
    sensitiveConsentText
  }
}
    `) as unknown as TypedDocumentString<PortalPrivacyNoticeQuery, PortalPrivacyNoticeQueryVariables>;
export const PortalGiveConsentDocument = new TypedDocumentString(`
    mutation PortalGiveConsent($version: String!, $general: Boolean!, $sensitive: Boolean!) {
  giveConsent(version: $version, general: $general, sensitive: $sensitive) {
    me {
      pendingPrivacyNotice {
        version
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PortalGiveConsentMutation, PortalGiveConsentMutationVariables>;
export const PortalPaymentsDocument = new TypedDocumentString(`
    query PortalPayments {
  myApplications {
    ...PortalPaymentFields
  }
}
    fragment PortalPaymentFields on Application {
  id
  status
  statusLabel
  feeText
  session {
    code
    name
  }
  region {
    name
  }
  qualification {
    name
    levelLabel
  }
  payment {
    id
    outTradeNo
    amountFen
    status
    statusLabel
    codeUrl
    expiresAt
    paidAt
    receiptNo
    receiptUrl
  }
}`) as unknown as TypedDocumentString<PortalPaymentsQuery, PortalPaymentsQueryVariables>;
export const PortalPayDocument = new TypedDocumentString(`
    mutation PortalPay($id: ID!) {
  payApplication(id: $id) {
    application {
      ...PortalPaymentFields
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment PortalPaymentFields on Application {
  id
  status
  statusLabel
  feeText
  session {
    code
    name
  }
  region {
    name
  }
  qualification {
    name
    levelLabel
  }
  payment {
    id
    outTradeNo
    amountFen
    status
    statusLabel
    codeUrl
    expiresAt
    paidAt
    receiptNo
    receiptUrl
  }
}`) as unknown as TypedDocumentString<PortalPayMutation, PortalPayMutationVariables>;
export const PortalRefreshPaymentDocument = new TypedDocumentString(`
    mutation PortalRefreshPayment($id: ID!) {
  refreshPayment(id: $id) {
    application {
      ...PortalPaymentFields
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment PortalPaymentFields on Application {
  id
  status
  statusLabel
  feeText
  session {
    code
    name
  }
  region {
    name
  }
  qualification {
    name
    levelLabel
  }
  payment {
    id
    outTradeNo
    amountFen
    status
    statusLabel
    codeUrl
    expiresAt
    paidAt
    receiptNo
    receiptUrl
  }
}`) as unknown as TypedDocumentString<PortalRefreshPaymentMutation, PortalRefreshPaymentMutationVariables>;
export const SharedMeDocument = new TypedDocumentString(`
    query SharedMe {
  me {
    kind
    totpEnrolmentRequired
    sessionExpiresAt
    candidate {
      id
      name
      idType
      idTypeLabel
      idNumber
    }
    staff {
      id
      username
      displayName
      role
      roleLabel
      region {
        code
        name
      }
    }
    pendingPrivacyNotice {
      version
      title
    }
  }
}
    `) as unknown as TypedDocumentString<SharedMeQuery, SharedMeQueryVariables>;
export const SharedStaffLoginDocument = new TypedDocumentString(`
    mutation SharedStaffLogin($input: StaffLoginInput!) {
  staffLogin(input: $input) {
    session {
      token
    }
    totpEnrolmentRequired
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SharedStaffLoginMutation, SharedStaffLoginMutationVariables>;
export const SharedLogoutDocument = new TypedDocumentString(`
    mutation SharedLogout {
  logout {
    loggedOut
  }
}
    `) as unknown as TypedDocumentString<SharedLogoutMutation, SharedLogoutMutationVariables>;