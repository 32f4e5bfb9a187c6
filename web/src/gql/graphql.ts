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

/** ApplicationExportFormat is enum for the field format */
export type ApplicationExportFormat =
  | 'CSV'
  | 'XLSX';

/** ApplicationExportStatus is enum for the field status */
export type ApplicationExportStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'READY'
  | 'RUNNING';

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

/** AuditLogActorKind is enum for the field actor_kind */
export type AuditLogActorKind =
  | 'STAFF'
  | 'SYSTEM';

/** An application to approve in bulk, with the version the reviewer saw. */
export type BulkApproveItem = {
  id: string | number;
  version: number;
};

/** CandidateGender is enum for the field gender */
export type CandidateGender =
  | 'FEMALE'
  | 'MALE';

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type CreateExamAreaInput = {
  /** Unique in the region, at most 16 characters, e.g. 03. */
  code: string;
  /** The levels it accepts (at least one); an area for 高级 only is [SENIOR]. */
  levels: Array<Level>;
  name: string;
  sortOrder?: number | null | undefined;
};

export type CreateExamRoomInput = {
  /** Seats, at least 1. */
  capacity: number;
  /** Unique in the site, at most 16 characters, e.g. 04. */
  code: string;
};

export type CreateExamSiteInput = {
  address: string;
  /** Unique in the area, at most 16 characters. */
  code: string;
  name: string;
};

export type CreateNoticeInput = {
  body?: string | null | undefined;
  /** 政策文件 / 考生须知 / 考试计划 / 考试安排; a region may publish no 政策文件 at all. */
  kind: NoticeKind;
  /** Default: now. */
  publishedAt?: string | null | undefined;
  /** The session it is about; absent for every session. */
  sessionCode?: string | null | undefined;
  sortOrder?: number | null | undefined;
  title: string;
};

export type CreateStaffUserInput = {
  displayName: string;
  /** At least 12 characters, not a common password, not containing the username. */
  password: string;
  /** The region's GB/T 2260 code; required for reviewers, exam staff and region admins. */
  regionCode?: string | null | undefined;
  role: Role;
  /** Exam staff only: the sites (of the region) where they check tickets; none means all. */
  siteIds?: Array<string | number> | null | undefined;
  username: string;
};

/** DeliveryChannel is enum for the field channel */
export type DeliveryChannel =
  | 'EMAIL'
  | 'SMS';

/** DeliveryStatus is enum for the field status */
export type DeliveryStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'SENDING'
  | 'SENT'
  | 'SKIPPED';

/**
 * ExamAreaWhereInput is used for filtering ExamArea objects.
 * Input was generated by ent.
 */
export type ExamAreaWhereInput = {
  and?: Array<ExamAreaWhereInput> | null | undefined;
  /** code field predicates */
  code?: string | null | undefined;
  codeContains?: string | null | undefined;
  codeContainsFold?: string | null | undefined;
  codeEqualFold?: string | null | undefined;
  codeGT?: string | null | undefined;
  codeGTE?: string | null | undefined;
  codeHasPrefix?: string | null | undefined;
  codeHasSuffix?: string | null | undefined;
  codeIn?: Array<string> | null | undefined;
  codeLT?: string | null | undefined;
  codeLTE?: string | null | undefined;
  codeNEQ?: string | null | undefined;
  codeNotIn?: Array<string> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** disabled field predicates */
  disabled?: boolean | null | undefined;
  disabledNEQ?: boolean | null | undefined;
  /** region edge predicates */
  hasRegion?: boolean | null | undefined;
  hasRegionWith?: Array<RegionWhereInput> | null | undefined;
  /** sites edge predicates */
  hasSites?: boolean | null | undefined;
  hasSitesWith?: Array<ExamSiteWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | number | null | undefined;
  idGT?: string | number | null | undefined;
  idGTE?: string | number | null | undefined;
  idIn?: Array<string | number> | null | undefined;
  idLT?: string | number | null | undefined;
  idLTE?: string | number | null | undefined;
  idNEQ?: string | number | null | undefined;
  idNotIn?: Array<string | number> | null | undefined;
  /** name field predicates */
  name?: string | null | undefined;
  nameContains?: string | null | undefined;
  nameContainsFold?: string | null | undefined;
  nameEqualFold?: string | null | undefined;
  nameGT?: string | null | undefined;
  nameGTE?: string | null | undefined;
  nameHasPrefix?: string | null | undefined;
  nameHasSuffix?: string | null | undefined;
  nameIn?: Array<string> | null | undefined;
  nameLT?: string | null | undefined;
  nameLTE?: string | null | undefined;
  nameNEQ?: string | null | undefined;
  nameNotIn?: Array<string> | null | undefined;
  not?: ExamAreaWhereInput | null | undefined;
  or?: Array<ExamAreaWhereInput> | null | undefined;
  /** region_id field predicates */
  regionID?: string | number | null | undefined;
  regionIDContains?: string | number | null | undefined;
  regionIDContainsFold?: string | number | null | undefined;
  regionIDEqualFold?: string | number | null | undefined;
  regionIDGT?: string | number | null | undefined;
  regionIDGTE?: string | number | null | undefined;
  regionIDHasPrefix?: string | number | null | undefined;
  regionIDHasSuffix?: string | number | null | undefined;
  regionIDIn?: Array<string | number> | null | undefined;
  regionIDLT?: string | number | null | undefined;
  regionIDLTE?: string | number | null | undefined;
  regionIDNEQ?: string | number | null | undefined;
  regionIDNotIn?: Array<string | number> | null | undefined;
  /** sort_order field predicates */
  sortOrder?: number | null | undefined;
  sortOrderGT?: number | null | undefined;
  sortOrderGTE?: number | null | undefined;
  sortOrderIn?: Array<number> | null | undefined;
  sortOrderLT?: number | null | undefined;
  sortOrderLTE?: number | null | undefined;
  sortOrderNEQ?: number | null | undefined;
  sortOrderNotIn?: Array<number> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
};

/**
 * ExamRoomWhereInput is used for filtering ExamRoom objects.
 * Input was generated by ent.
 */
export type ExamRoomWhereInput = {
  and?: Array<ExamRoomWhereInput> | null | undefined;
  /** capacity field predicates */
  capacity?: number | null | undefined;
  capacityGT?: number | null | undefined;
  capacityGTE?: number | null | undefined;
  capacityIn?: Array<number> | null | undefined;
  capacityLT?: number | null | undefined;
  capacityLTE?: number | null | undefined;
  capacityNEQ?: number | null | undefined;
  capacityNotIn?: Array<number> | null | undefined;
  /** code field predicates */
  code?: string | null | undefined;
  codeContains?: string | null | undefined;
  codeContainsFold?: string | null | undefined;
  codeEqualFold?: string | null | undefined;
  codeGT?: string | null | undefined;
  codeGTE?: string | null | undefined;
  codeHasPrefix?: string | null | undefined;
  codeHasSuffix?: string | null | undefined;
  codeIn?: Array<string> | null | undefined;
  codeLT?: string | null | undefined;
  codeLTE?: string | null | undefined;
  codeNEQ?: string | null | undefined;
  codeNotIn?: Array<string> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** disabled field predicates */
  disabled?: boolean | null | undefined;
  disabledNEQ?: boolean | null | undefined;
  /** site edge predicates */
  hasSite?: boolean | null | undefined;
  hasSiteWith?: Array<ExamSiteWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | number | null | undefined;
  idGT?: string | number | null | undefined;
  idGTE?: string | number | null | undefined;
  idIn?: Array<string | number> | null | undefined;
  idLT?: string | number | null | undefined;
  idLTE?: string | number | null | undefined;
  idNEQ?: string | number | null | undefined;
  idNotIn?: Array<string | number> | null | undefined;
  not?: ExamRoomWhereInput | null | undefined;
  or?: Array<ExamRoomWhereInput> | null | undefined;
  /** site_id field predicates */
  siteID?: string | number | null | undefined;
  siteIDContains?: string | number | null | undefined;
  siteIDContainsFold?: string | number | null | undefined;
  siteIDEqualFold?: string | number | null | undefined;
  siteIDGT?: string | number | null | undefined;
  siteIDGTE?: string | number | null | undefined;
  siteIDHasPrefix?: string | number | null | undefined;
  siteIDHasSuffix?: string | number | null | undefined;
  siteIDIn?: Array<string | number> | null | undefined;
  siteIDLT?: string | number | null | undefined;
  siteIDLTE?: string | number | null | undefined;
  siteIDNEQ?: string | number | null | undefined;
  siteIDNotIn?: Array<string | number> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
};

/**
 * ExamSessionWhereInput is used for filtering ExamSession objects.
 * Input was generated by ent.
 */
export type ExamSessionWhereInput = {
  and?: Array<ExamSessionWhereInput> | null | undefined;
  /** code field predicates */
  code?: string | null | undefined;
  codeContains?: string | null | undefined;
  codeContainsFold?: string | null | undefined;
  codeEqualFold?: string | null | undefined;
  codeGT?: string | null | undefined;
  codeGTE?: string | null | undefined;
  codeHasPrefix?: string | null | undefined;
  codeHasSuffix?: string | null | undefined;
  codeIn?: Array<string> | null | undefined;
  codeLT?: string | null | undefined;
  codeLTE?: string | null | undefined;
  codeNEQ?: string | null | undefined;
  codeNotIn?: Array<string> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** disabled field predicates */
  disabled?: boolean | null | undefined;
  disabledNEQ?: boolean | null | undefined;
  /** first_exam_day field predicates */
  firstExamDay?: string | null | undefined;
  firstExamDayGT?: string | null | undefined;
  firstExamDayGTE?: string | null | undefined;
  firstExamDayIn?: Array<string> | null | undefined;
  firstExamDayLT?: string | null | undefined;
  firstExamDayLTE?: string | null | undefined;
  firstExamDayNEQ?: string | null | undefined;
  firstExamDayNotIn?: Array<string> | null | undefined;
  /** half field predicates */
  half?: Half | null | undefined;
  halfIn?: Array<Half> | null | undefined;
  halfNEQ?: Half | null | undefined;
  halfNotIn?: Array<Half> | null | undefined;
  /** offerings edge predicates */
  hasOfferings?: boolean | null | undefined;
  hasOfferingsWith?: Array<OfferingWhereInput> | null | undefined;
  /** policies edge predicates */
  hasPolicies?: boolean | null | undefined;
  hasPoliciesWith?: Array<RegionPolicyWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | number | null | undefined;
  idGT?: string | number | null | undefined;
  idGTE?: string | number | null | undefined;
  idIn?: Array<string | number> | null | undefined;
  idLT?: string | number | null | undefined;
  idLTE?: string | number | null | undefined;
  idNEQ?: string | number | null | undefined;
  idNotIn?: Array<string | number> | null | undefined;
  /** last_exam_day field predicates */
  lastExamDay?: string | null | undefined;
  lastExamDayGT?: string | null | undefined;
  lastExamDayGTE?: string | null | undefined;
  lastExamDayIn?: Array<string> | null | undefined;
  lastExamDayLT?: string | null | undefined;
  lastExamDayLTE?: string | null | undefined;
  lastExamDayNEQ?: string | null | undefined;
  lastExamDayNotIn?: Array<string> | null | undefined;
  /** name field predicates */
  name?: string | null | undefined;
  nameContains?: string | null | undefined;
  nameContainsFold?: string | null | undefined;
  nameEqualFold?: string | null | undefined;
  nameGT?: string | null | undefined;
  nameGTE?: string | null | undefined;
  nameHasPrefix?: string | null | undefined;
  nameHasSuffix?: string | null | undefined;
  nameIn?: Array<string> | null | undefined;
  nameLT?: string | null | undefined;
  nameLTE?: string | null | undefined;
  nameNEQ?: string | null | undefined;
  nameNotIn?: Array<string> | null | undefined;
  not?: ExamSessionWhereInput | null | undefined;
  or?: Array<ExamSessionWhereInput> | null | undefined;
  /** registration_closes_at field predicates */
  registrationClosesAt?: string | null | undefined;
  registrationClosesAtGT?: string | null | undefined;
  registrationClosesAtGTE?: string | null | undefined;
  registrationClosesAtIn?: Array<string> | null | undefined;
  registrationClosesAtLT?: string | null | undefined;
  registrationClosesAtLTE?: string | null | undefined;
  registrationClosesAtNEQ?: string | null | undefined;
  registrationClosesAtNotIn?: Array<string> | null | undefined;
  /** registration_opens_at field predicates */
  registrationOpensAt?: string | null | undefined;
  registrationOpensAtGT?: string | null | undefined;
  registrationOpensAtGTE?: string | null | undefined;
  registrationOpensAtIn?: Array<string> | null | undefined;
  registrationOpensAtLT?: string | null | undefined;
  registrationOpensAtLTE?: string | null | undefined;
  registrationOpensAtNEQ?: string | null | undefined;
  registrationOpensAtNotIn?: Array<string> | null | undefined;
  /** score_release_at field predicates */
  scoreReleaseAt?: string | null | undefined;
  scoreReleaseAtGT?: string | null | undefined;
  scoreReleaseAtGTE?: string | null | undefined;
  scoreReleaseAtIn?: Array<string> | null | undefined;
  scoreReleaseAtIsNil?: boolean | null | undefined;
  scoreReleaseAtLT?: string | null | undefined;
  scoreReleaseAtLTE?: string | null | undefined;
  scoreReleaseAtNEQ?: string | null | undefined;
  scoreReleaseAtNotIn?: Array<string> | null | undefined;
  scoreReleaseAtNotNil?: boolean | null | undefined;
  /** ticket_print_closes_at field predicates */
  ticketPrintClosesAt?: string | null | undefined;
  ticketPrintClosesAtGT?: string | null | undefined;
  ticketPrintClosesAtGTE?: string | null | undefined;
  ticketPrintClosesAtIn?: Array<string> | null | undefined;
  ticketPrintClosesAtLT?: string | null | undefined;
  ticketPrintClosesAtLTE?: string | null | undefined;
  ticketPrintClosesAtNEQ?: string | null | undefined;
  ticketPrintClosesAtNotIn?: Array<string> | null | undefined;
  /** ticket_print_opens_at field predicates */
  ticketPrintOpensAt?: string | null | undefined;
  ticketPrintOpensAtGT?: string | null | undefined;
  ticketPrintOpensAtGTE?: string | null | undefined;
  ticketPrintOpensAtIn?: Array<string> | null | undefined;
  ticketPrintOpensAtLT?: string | null | undefined;
  ticketPrintOpensAtLTE?: string | null | undefined;
  ticketPrintOpensAtNEQ?: string | null | undefined;
  ticketPrintOpensAtNotIn?: Array<string> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** year field predicates */
  year?: number | null | undefined;
  yearGT?: number | null | undefined;
  yearGTE?: number | null | undefined;
  yearIn?: Array<number> | null | undefined;
  yearLT?: number | null | undefined;
  yearLTE?: number | null | undefined;
  yearNEQ?: number | null | undefined;
  yearNotIn?: Array<number> | null | undefined;
};

/**
 * ExamSiteWhereInput is used for filtering ExamSite objects.
 * Input was generated by ent.
 */
export type ExamSiteWhereInput = {
  /** address field predicates */
  address?: string | null | undefined;
  addressContains?: string | null | undefined;
  addressContainsFold?: string | null | undefined;
  addressEqualFold?: string | null | undefined;
  addressGT?: string | null | undefined;
  addressGTE?: string | null | undefined;
  addressHasPrefix?: string | null | undefined;
  addressHasSuffix?: string | null | undefined;
  addressIn?: Array<string> | null | undefined;
  addressLT?: string | null | undefined;
  addressLTE?: string | null | undefined;
  addressNEQ?: string | null | undefined;
  addressNotIn?: Array<string> | null | undefined;
  and?: Array<ExamSiteWhereInput> | null | undefined;
  /** area_id field predicates */
  areaID?: string | number | null | undefined;
  areaIDContains?: string | number | null | undefined;
  areaIDContainsFold?: string | number | null | undefined;
  areaIDEqualFold?: string | number | null | undefined;
  areaIDGT?: string | number | null | undefined;
  areaIDGTE?: string | number | null | undefined;
  areaIDHasPrefix?: string | number | null | undefined;
  areaIDHasSuffix?: string | number | null | undefined;
  areaIDIn?: Array<string | number> | null | undefined;
  areaIDLT?: string | number | null | undefined;
  areaIDLTE?: string | number | null | undefined;
  areaIDNEQ?: string | number | null | undefined;
  areaIDNotIn?: Array<string | number> | null | undefined;
  /** code field predicates */
  code?: string | null | undefined;
  codeContains?: string | null | undefined;
  codeContainsFold?: string | null | undefined;
  codeEqualFold?: string | null | undefined;
  codeGT?: string | null | undefined;
  codeGTE?: string | null | undefined;
  codeHasPrefix?: string | null | undefined;
  codeHasSuffix?: string | null | undefined;
  codeIn?: Array<string> | null | undefined;
  codeLT?: string | null | undefined;
  codeLTE?: string | null | undefined;
  codeNEQ?: string | null | undefined;
  codeNotIn?: Array<string> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** disabled field predicates */
  disabled?: boolean | null | undefined;
  disabledNEQ?: boolean | null | undefined;
  /** area edge predicates */
  hasArea?: boolean | null | undefined;
  hasAreaWith?: Array<ExamAreaWhereInput> | null | undefined;
  /** rooms edge predicates */
  hasRooms?: boolean | null | undefined;
  hasRoomsWith?: Array<ExamRoomWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | number | null | undefined;
  idGT?: string | number | null | undefined;
  idGTE?: string | number | null | undefined;
  idIn?: Array<string | number> | null | undefined;
  idLT?: string | number | null | undefined;
  idLTE?: string | number | null | undefined;
  idNEQ?: string | number | null | undefined;
  idNotIn?: Array<string | number> | null | undefined;
  /** name field predicates */
  name?: string | null | undefined;
  nameContains?: string | null | undefined;
  nameContainsFold?: string | null | undefined;
  nameEqualFold?: string | null | undefined;
  nameGT?: string | null | undefined;
  nameGTE?: string | null | undefined;
  nameHasPrefix?: string | null | undefined;
  nameHasSuffix?: string | null | undefined;
  nameIn?: Array<string> | null | undefined;
  nameLT?: string | null | undefined;
  nameLTE?: string | null | undefined;
  nameNEQ?: string | null | undefined;
  nameNotIn?: Array<string> | null | undefined;
  not?: ExamSiteWhereInput | null | undefined;
  or?: Array<ExamSiteWhereInput> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** Half is enum for the field half */
export type Half =
  | 'FIRST'
  | 'SECOND';

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

/** Which of the region's candidates a notice reaches: live applications of the session, optionally of one 考区 and some states. */
export type NoticeAudienceInput = {
  /** One exam area (考区). */
  areaId?: string | number | null | undefined;
  /** A national admin names the region; a region admin's own is used whatever is given. */
  regionCode?: string | null | undefined;
  sessionCode: string;
  /** Only applications in these states (default: every live state). */
  statuses?: Array<ApplicationStatus> | null | undefined;
};

/** NoticeKind is enum for the field kind */
export type NoticeKind =
  | 'CANDIDATE_GUIDE'
  | 'EXAM_ARRANGEMENT'
  | 'EXAM_PLAN'
  | 'POLICY';

/**
 * NoticeWhereInput is used for filtering Notice objects.
 * Input was generated by ent.
 */
export type NoticeWhereInput = {
  and?: Array<NoticeWhereInput> | null | undefined;
  /** body field predicates */
  body?: string | null | undefined;
  bodyContains?: string | null | undefined;
  bodyContainsFold?: string | null | undefined;
  bodyEqualFold?: string | null | undefined;
  bodyGT?: string | null | undefined;
  bodyGTE?: string | null | undefined;
  bodyHasPrefix?: string | null | undefined;
  bodyHasSuffix?: string | null | undefined;
  bodyIn?: Array<string> | null | undefined;
  bodyLT?: string | null | undefined;
  bodyLTE?: string | null | undefined;
  bodyNEQ?: string | null | undefined;
  bodyNotIn?: Array<string> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** disabled field predicates */
  disabled?: boolean | null | undefined;
  disabledNEQ?: boolean | null | undefined;
  /** region edge predicates */
  hasRegion?: boolean | null | undefined;
  hasRegionWith?: Array<RegionWhereInput> | null | undefined;
  /** session edge predicates */
  hasSession?: boolean | null | undefined;
  hasSessionWith?: Array<ExamSessionWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | number | null | undefined;
  idGT?: string | number | null | undefined;
  idGTE?: string | number | null | undefined;
  idIn?: Array<string | number> | null | undefined;
  idLT?: string | number | null | undefined;
  idLTE?: string | number | null | undefined;
  idNEQ?: string | number | null | undefined;
  idNotIn?: Array<string | number> | null | undefined;
  /** kind field predicates */
  kind?: NoticeKind | null | undefined;
  kindIn?: Array<NoticeKind> | null | undefined;
  kindNEQ?: NoticeKind | null | undefined;
  kindNotIn?: Array<NoticeKind> | null | undefined;
  not?: NoticeWhereInput | null | undefined;
  or?: Array<NoticeWhereInput> | null | undefined;
  /** published_at field predicates */
  publishedAt?: string | null | undefined;
  publishedAtGT?: string | null | undefined;
  publishedAtGTE?: string | null | undefined;
  publishedAtIn?: Array<string> | null | undefined;
  publishedAtLT?: string | null | undefined;
  publishedAtLTE?: string | null | undefined;
  publishedAtNEQ?: string | null | undefined;
  publishedAtNotIn?: Array<string> | null | undefined;
  /** region_id field predicates */
  regionID?: string | number | null | undefined;
  regionIDContains?: string | number | null | undefined;
  regionIDContainsFold?: string | number | null | undefined;
  regionIDEqualFold?: string | number | null | undefined;
  regionIDGT?: string | number | null | undefined;
  regionIDGTE?: string | number | null | undefined;
  regionIDHasPrefix?: string | number | null | undefined;
  regionIDHasSuffix?: string | number | null | undefined;
  regionIDIn?: Array<string | number> | null | undefined;
  regionIDLT?: string | number | null | undefined;
  regionIDLTE?: string | number | null | undefined;
  regionIDNEQ?: string | number | null | undefined;
  regionIDNotIn?: Array<string | number> | null | undefined;
  /** session_id field predicates */
  sessionID?: string | number | null | undefined;
  sessionIDContains?: string | number | null | undefined;
  sessionIDContainsFold?: string | number | null | undefined;
  sessionIDEqualFold?: string | number | null | undefined;
  sessionIDGT?: string | number | null | undefined;
  sessionIDGTE?: string | number | null | undefined;
  sessionIDHasPrefix?: string | number | null | undefined;
  sessionIDHasSuffix?: string | number | null | undefined;
  sessionIDIn?: Array<string | number> | null | undefined;
  sessionIDIsNil?: boolean | null | undefined;
  sessionIDLT?: string | number | null | undefined;
  sessionIDLTE?: string | number | null | undefined;
  sessionIDNEQ?: string | number | null | undefined;
  sessionIDNotIn?: Array<string | number> | null | undefined;
  sessionIDNotNil?: boolean | null | undefined;
  /** sort_order field predicates */
  sortOrder?: number | null | undefined;
  sortOrderGT?: number | null | undefined;
  sortOrderGTE?: number | null | undefined;
  sortOrderIn?: Array<number> | null | undefined;
  sortOrderLT?: number | null | undefined;
  sortOrderLTE?: number | null | undefined;
  sortOrderNEQ?: number | null | undefined;
  sortOrderNotIn?: Array<number> | null | undefined;
  /** title field predicates */
  title?: string | null | undefined;
  titleContains?: string | null | undefined;
  titleContainsFold?: string | null | undefined;
  titleEqualFold?: string | null | undefined;
  titleGT?: string | null | undefined;
  titleGTE?: string | null | undefined;
  titleHasPrefix?: string | null | undefined;
  titleHasSuffix?: string | null | undefined;
  titleIn?: Array<string> | null | undefined;
  titleLT?: string | null | undefined;
  titleLTE?: string | null | undefined;
  titleNEQ?: string | null | undefined;
  titleNotIn?: Array<string> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
};

/**
 * OfferingWhereInput is used for filtering Offering objects.
 * Input was generated by ent.
 */
export type OfferingWhereInput = {
  and?: Array<OfferingWhereInput> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** enabled field predicates */
  enabled?: boolean | null | undefined;
  enabledNEQ?: boolean | null | undefined;
  /** qualification edge predicates */
  hasQualification?: boolean | null | undefined;
  hasQualificationWith?: Array<QualificationWhereInput> | null | undefined;
  /** session edge predicates */
  hasSession?: boolean | null | undefined;
  hasSessionWith?: Array<ExamSessionWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | number | null | undefined;
  idGT?: string | number | null | undefined;
  idGTE?: string | number | null | undefined;
  idIn?: Array<string | number> | null | undefined;
  idLT?: string | number | null | undefined;
  idLTE?: string | number | null | undefined;
  idNEQ?: string | number | null | undefined;
  idNotIn?: Array<string | number> | null | undefined;
  not?: OfferingWhereInput | null | undefined;
  or?: Array<OfferingWhereInput> | null | undefined;
  /** qualification_id field predicates */
  qualificationID?: string | number | null | undefined;
  qualificationIDContains?: string | number | null | undefined;
  qualificationIDContainsFold?: string | number | null | undefined;
  qualificationIDEqualFold?: string | number | null | undefined;
  qualificationIDGT?: string | number | null | undefined;
  qualificationIDGTE?: string | number | null | undefined;
  qualificationIDHasPrefix?: string | number | null | undefined;
  qualificationIDHasSuffix?: string | number | null | undefined;
  qualificationIDIn?: Array<string | number> | null | undefined;
  qualificationIDLT?: string | number | null | undefined;
  qualificationIDLTE?: string | number | null | undefined;
  qualificationIDNEQ?: string | number | null | undefined;
  qualificationIDNotIn?: Array<string | number> | null | undefined;
  /** session_id field predicates */
  sessionID?: string | number | null | undefined;
  sessionIDContains?: string | number | null | undefined;
  sessionIDContainsFold?: string | number | null | undefined;
  sessionIDEqualFold?: string | number | null | undefined;
  sessionIDGT?: string | number | null | undefined;
  sessionIDGTE?: string | number | null | undefined;
  sessionIDHasPrefix?: string | number | null | undefined;
  sessionIDHasSuffix?: string | number | null | undefined;
  sessionIDIn?: Array<string | number> | null | undefined;
  sessionIDLT?: string | number | null | undefined;
  sessionIDLTE?: string | number | null | undefined;
  sessionIDNEQ?: string | number | null | undefined;
  sessionIDNotIn?: Array<string | number> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** PaymentOrderStatus is enum for the field status */
export type PaymentOrderStatus =
  | 'CLOSED'
  | 'FAILED'
  | 'PAID'
  | 'PENDING'
  | 'REFUNDED';

/** QualificationCategory is enum for the field category */
export type QualificationCategory =
  | 'APPLICATION'
  | 'INFO_SERVICE'
  | 'INFO_SYSTEM'
  | 'NETWORK'
  | 'SOFTWARE';

/**
 * QualificationWhereInput is used for filtering Qualification objects.
 * Input was generated by ent.
 */
export type QualificationWhereInput = {
  and?: Array<QualificationWhereInput> | null | undefined;
  /** category field predicates */
  category?: QualificationCategory | null | undefined;
  categoryIn?: Array<QualificationCategory> | null | undefined;
  categoryNEQ?: QualificationCategory | null | undefined;
  categoryNotIn?: Array<QualificationCategory> | null | undefined;
  /** code field predicates */
  code?: string | null | undefined;
  codeContains?: string | null | undefined;
  codeContainsFold?: string | null | undefined;
  codeEqualFold?: string | null | undefined;
  codeGT?: string | null | undefined;
  codeGTE?: string | null | undefined;
  codeHasPrefix?: string | null | undefined;
  codeHasSuffix?: string | null | undefined;
  codeIn?: Array<string> | null | undefined;
  codeLT?: string | null | undefined;
  codeLTE?: string | null | undefined;
  codeNEQ?: string | null | undefined;
  codeNotIn?: Array<string> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** disabled field predicates */
  disabled?: boolean | null | undefined;
  disabledNEQ?: boolean | null | undefined;
  /** offerings edge predicates */
  hasOfferings?: boolean | null | undefined;
  hasOfferingsWith?: Array<OfferingWhereInput> | null | undefined;
  /** subjects edge predicates */
  hasSubjects?: boolean | null | undefined;
  hasSubjectsWith?: Array<SubjectWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | number | null | undefined;
  idGT?: string | number | null | undefined;
  idGTE?: string | number | null | undefined;
  idIn?: Array<string | number> | null | undefined;
  idLT?: string | number | null | undefined;
  idLTE?: string | number | null | undefined;
  idNEQ?: string | number | null | undefined;
  idNotIn?: Array<string | number> | null | undefined;
  /** level field predicates */
  level?: Level | null | undefined;
  levelIn?: Array<Level> | null | undefined;
  levelNEQ?: Level | null | undefined;
  levelNotIn?: Array<Level> | null | undefined;
  /** name field predicates */
  name?: string | null | undefined;
  nameContains?: string | null | undefined;
  nameContainsFold?: string | null | undefined;
  nameEqualFold?: string | null | undefined;
  nameGT?: string | null | undefined;
  nameGTE?: string | null | undefined;
  nameHasPrefix?: string | null | undefined;
  nameHasSuffix?: string | null | undefined;
  nameIn?: Array<string> | null | undefined;
  nameLT?: string | null | undefined;
  nameLTE?: string | null | undefined;
  nameNEQ?: string | null | undefined;
  nameNotIn?: Array<string> | null | undefined;
  not?: QualificationWhereInput | null | undefined;
  or?: Array<QualificationWhereInput> | null | undefined;
  /** sort_order field predicates */
  sortOrder?: number | null | undefined;
  sortOrderGT?: number | null | undefined;
  sortOrderGTE?: number | null | undefined;
  sortOrderIn?: Array<number> | null | undefined;
  sortOrderLT?: number | null | undefined;
  sortOrderLTE?: number | null | undefined;
  sortOrderNEQ?: number | null | undefined;
  sortOrderNotIn?: Array<number> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** RegionKind is enum for the field kind */
export type RegionKind =
  | 'CORPS'
  | 'PROVINCE'
  | 'SEPARATE_CITY';

/**
 * A region's rules for one session. On update an absent field keeps its value;
 * on create the five windows, reviewMode and feePerSubjectFen are required and
 * the rest take their defaults. Windows lie inside the session's registration
 * window or after it, never before it, and end before its first exam day:
 * registrationOpensAt < registrationClosesAt ≤ correctionClosesAt;
 * registrationOpensAt ≤ paymentOpensAt < paymentClosesAt, registrationClosesAt ≤
 * paymentClosesAt. A start that has passed does not move (WINDOW_STARTED); a
 * deadline that has passed does not move, and none moves into the past
 * (DEADLINE_PASSED).
 */
export type RegionPolicyInput = {
  /** Absent from any subject bars the next registration in the region. */
  absenteeBan?: boolean | null | undefined;
  /** 诚信考试承诺书 required at submit. */
  commitmentRequired?: boolean | null | undefined;
  /** Rejected applications are corrected and resubmitted until then. */
  correctionClosesAt?: string | null | undefined;
  feeIntermediateFen?: number | null | undefined;
  /** Per-level fee per subject in fen; null removes the override, absent keeps it. */
  feeJuniorFen?: number | null | undefined;
  /** Fee per subject in fen (¥60.00 = 6000), 0 for free. */
  feePerSubjectFen?: number | null | undefined;
  feeSeniorFen?: number | null | undefined;
  /** Whether candidates whose 户籍 is elsewhere may register. */
  nonLocalAllowed?: boolean | null | undefined;
  /** Materials non-local candidates upload; empty asks for none. */
  nonLocalMaterialKinds?: Array<MaterialKind> | null | undefined;
  /** ANY: one of the kinds suffices; ALL: every kind is needed. */
  nonLocalMaterialRule?: RegionPolicyNonLocalMaterialRule | null | undefined;
  paymentClosesAt?: string | null | undefined;
  paymentOpensAt?: string | null | undefined;
  registrationClosesAt?: string | null | undefined;
  registrationOpensAt?: string | null | undefined;
  reviewMode?: RegionPolicyReviewMode | null | undefined;
  /** N of 'review within N working days', 0 to 30 (default 3). */
  reviewWorkingDays?: number | null | undefined;
};

/** RegionPolicyNonLocalMaterialRule is enum for the field non_local_material_rule */
export type RegionPolicyNonLocalMaterialRule =
  | 'ALL'
  | 'ANY';

/** RegionPolicyReviewMode is enum for the field review_mode */
export type RegionPolicyReviewMode =
  | 'AFTER_CLOSE'
  | 'NONE'
  | 'WITHIN_DAYS';

/** RegionPolicySeatPolicy is enum for the field seat_policy */
export type RegionPolicySeatPolicy =
  | 'BY_QUALIFICATION'
  | 'MIXED';

/**
 * RegionPolicyWhereInput is used for filtering RegionPolicy objects.
 * Input was generated by ent.
 */
export type RegionPolicyWhereInput = {
  /** absentee_ban field predicates */
  absenteeBan?: boolean | null | undefined;
  absenteeBanNEQ?: boolean | null | undefined;
  and?: Array<RegionPolicyWhereInput> | null | undefined;
  /** commitment_required field predicates */
  commitmentRequired?: boolean | null | undefined;
  commitmentRequiredNEQ?: boolean | null | undefined;
  /** correction_closes_at field predicates */
  correctionClosesAt?: string | null | undefined;
  correctionClosesAtGT?: string | null | undefined;
  correctionClosesAtGTE?: string | null | undefined;
  correctionClosesAtIn?: Array<string> | null | undefined;
  correctionClosesAtLT?: string | null | undefined;
  correctionClosesAtLTE?: string | null | undefined;
  correctionClosesAtNEQ?: string | null | undefined;
  correctionClosesAtNotIn?: Array<string> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** fee_intermediate_fen field predicates */
  feeIntermediateFen?: number | null | undefined;
  feeIntermediateFenGT?: number | null | undefined;
  feeIntermediateFenGTE?: number | null | undefined;
  feeIntermediateFenIn?: Array<number> | null | undefined;
  feeIntermediateFenIsNil?: boolean | null | undefined;
  feeIntermediateFenLT?: number | null | undefined;
  feeIntermediateFenLTE?: number | null | undefined;
  feeIntermediateFenNEQ?: number | null | undefined;
  feeIntermediateFenNotIn?: Array<number> | null | undefined;
  feeIntermediateFenNotNil?: boolean | null | undefined;
  /** fee_junior_fen field predicates */
  feeJuniorFen?: number | null | undefined;
  feeJuniorFenGT?: number | null | undefined;
  feeJuniorFenGTE?: number | null | undefined;
  feeJuniorFenIn?: Array<number> | null | undefined;
  feeJuniorFenIsNil?: boolean | null | undefined;
  feeJuniorFenLT?: number | null | undefined;
  feeJuniorFenLTE?: number | null | undefined;
  feeJuniorFenNEQ?: number | null | undefined;
  feeJuniorFenNotIn?: Array<number> | null | undefined;
  feeJuniorFenNotNil?: boolean | null | undefined;
  /** fee_per_subject_fen field predicates */
  feePerSubjectFen?: number | null | undefined;
  feePerSubjectFenGT?: number | null | undefined;
  feePerSubjectFenGTE?: number | null | undefined;
  feePerSubjectFenIn?: Array<number> | null | undefined;
  feePerSubjectFenLT?: number | null | undefined;
  feePerSubjectFenLTE?: number | null | undefined;
  feePerSubjectFenNEQ?: number | null | undefined;
  feePerSubjectFenNotIn?: Array<number> | null | undefined;
  /** fee_senior_fen field predicates */
  feeSeniorFen?: number | null | undefined;
  feeSeniorFenGT?: number | null | undefined;
  feeSeniorFenGTE?: number | null | undefined;
  feeSeniorFenIn?: Array<number> | null | undefined;
  feeSeniorFenIsNil?: boolean | null | undefined;
  feeSeniorFenLT?: number | null | undefined;
  feeSeniorFenLTE?: number | null | undefined;
  feeSeniorFenNEQ?: number | null | undefined;
  feeSeniorFenNotIn?: Array<number> | null | undefined;
  feeSeniorFenNotNil?: boolean | null | undefined;
  /** region edge predicates */
  hasRegion?: boolean | null | undefined;
  hasRegionWith?: Array<RegionWhereInput> | null | undefined;
  /** session edge predicates */
  hasSession?: boolean | null | undefined;
  hasSessionWith?: Array<ExamSessionWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | number | null | undefined;
  idGT?: string | number | null | undefined;
  idGTE?: string | number | null | undefined;
  idIn?: Array<string | number> | null | undefined;
  idLT?: string | number | null | undefined;
  idLTE?: string | number | null | undefined;
  idNEQ?: string | number | null | undefined;
  idNotIn?: Array<string | number> | null | undefined;
  /** non_local_allowed field predicates */
  nonLocalAllowed?: boolean | null | undefined;
  nonLocalAllowedNEQ?: boolean | null | undefined;
  /** non_local_material_rule field predicates */
  nonLocalMaterialRule?: RegionPolicyNonLocalMaterialRule | null | undefined;
  nonLocalMaterialRuleIn?: Array<RegionPolicyNonLocalMaterialRule> | null | undefined;
  nonLocalMaterialRuleNEQ?: RegionPolicyNonLocalMaterialRule | null | undefined;
  nonLocalMaterialRuleNotIn?: Array<RegionPolicyNonLocalMaterialRule> | null | undefined;
  not?: RegionPolicyWhereInput | null | undefined;
  or?: Array<RegionPolicyWhereInput> | null | undefined;
  /** payment_closes_at field predicates */
  paymentClosesAt?: string | null | undefined;
  paymentClosesAtGT?: string | null | undefined;
  paymentClosesAtGTE?: string | null | undefined;
  paymentClosesAtIn?: Array<string> | null | undefined;
  paymentClosesAtLT?: string | null | undefined;
  paymentClosesAtLTE?: string | null | undefined;
  paymentClosesAtNEQ?: string | null | undefined;
  paymentClosesAtNotIn?: Array<string> | null | undefined;
  /** payment_opens_at field predicates */
  paymentOpensAt?: string | null | undefined;
  paymentOpensAtGT?: string | null | undefined;
  paymentOpensAtGTE?: string | null | undefined;
  paymentOpensAtIn?: Array<string> | null | undefined;
  paymentOpensAtLT?: string | null | undefined;
  paymentOpensAtLTE?: string | null | undefined;
  paymentOpensAtNEQ?: string | null | undefined;
  paymentOpensAtNotIn?: Array<string> | null | undefined;
  /** region_id field predicates */
  regionID?: string | number | null | undefined;
  regionIDContains?: string | number | null | undefined;
  regionIDContainsFold?: string | number | null | undefined;
  regionIDEqualFold?: string | number | null | undefined;
  regionIDGT?: string | number | null | undefined;
  regionIDGTE?: string | number | null | undefined;
  regionIDHasPrefix?: string | number | null | undefined;
  regionIDHasSuffix?: string | number | null | undefined;
  regionIDIn?: Array<string | number> | null | undefined;
  regionIDLT?: string | number | null | undefined;
  regionIDLTE?: string | number | null | undefined;
  regionIDNEQ?: string | number | null | undefined;
  regionIDNotIn?: Array<string | number> | null | undefined;
  /** registration_closes_at field predicates */
  registrationClosesAt?: string | null | undefined;
  registrationClosesAtGT?: string | null | undefined;
  registrationClosesAtGTE?: string | null | undefined;
  registrationClosesAtIn?: Array<string> | null | undefined;
  registrationClosesAtLT?: string | null | undefined;
  registrationClosesAtLTE?: string | null | undefined;
  registrationClosesAtNEQ?: string | null | undefined;
  registrationClosesAtNotIn?: Array<string> | null | undefined;
  /** registration_opens_at field predicates */
  registrationOpensAt?: string | null | undefined;
  registrationOpensAtGT?: string | null | undefined;
  registrationOpensAtGTE?: string | null | undefined;
  registrationOpensAtIn?: Array<string> | null | undefined;
  registrationOpensAtLT?: string | null | undefined;
  registrationOpensAtLTE?: string | null | undefined;
  registrationOpensAtNEQ?: string | null | undefined;
  registrationOpensAtNotIn?: Array<string> | null | undefined;
  /** review_mode field predicates */
  reviewMode?: RegionPolicyReviewMode | null | undefined;
  reviewModeIn?: Array<RegionPolicyReviewMode> | null | undefined;
  reviewModeNEQ?: RegionPolicyReviewMode | null | undefined;
  reviewModeNotIn?: Array<RegionPolicyReviewMode> | null | undefined;
  /** review_working_days field predicates */
  reviewWorkingDays?: number | null | undefined;
  reviewWorkingDaysGT?: number | null | undefined;
  reviewWorkingDaysGTE?: number | null | undefined;
  reviewWorkingDaysIn?: Array<number> | null | undefined;
  reviewWorkingDaysLT?: number | null | undefined;
  reviewWorkingDaysLTE?: number | null | undefined;
  reviewWorkingDaysNEQ?: number | null | undefined;
  reviewWorkingDaysNotIn?: Array<number> | null | undefined;
  /** seat_policy field predicates */
  seatPolicy?: RegionPolicySeatPolicy | null | undefined;
  seatPolicyIn?: Array<RegionPolicySeatPolicy> | null | undefined;
  seatPolicyNEQ?: RegionPolicySeatPolicy | null | undefined;
  seatPolicyNotIn?: Array<RegionPolicySeatPolicy> | null | undefined;
  /** session_id field predicates */
  sessionID?: string | number | null | undefined;
  sessionIDContains?: string | number | null | undefined;
  sessionIDContainsFold?: string | number | null | undefined;
  sessionIDEqualFold?: string | number | null | undefined;
  sessionIDGT?: string | number | null | undefined;
  sessionIDGTE?: string | number | null | undefined;
  sessionIDHasPrefix?: string | number | null | undefined;
  sessionIDHasSuffix?: string | number | null | undefined;
  sessionIDIn?: Array<string | number> | null | undefined;
  sessionIDLT?: string | number | null | undefined;
  sessionIDLTE?: string | number | null | undefined;
  sessionIDNEQ?: string | number | null | undefined;
  sessionIDNotIn?: Array<string | number> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
};

/**
 * RegionWhereInput is used for filtering Region objects.
 * Input was generated by ent.
 */
export type RegionWhereInput = {
  and?: Array<RegionWhereInput> | null | undefined;
  /** code field predicates */
  code?: string | null | undefined;
  codeContains?: string | null | undefined;
  codeContainsFold?: string | null | undefined;
  codeEqualFold?: string | null | undefined;
  codeGT?: string | null | undefined;
  codeGTE?: string | null | undefined;
  codeHasPrefix?: string | null | undefined;
  codeHasSuffix?: string | null | undefined;
  codeIn?: Array<string> | null | undefined;
  codeLT?: string | null | undefined;
  codeLTE?: string | null | undefined;
  codeNEQ?: string | null | undefined;
  codeNotIn?: Array<string> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** disabled field predicates */
  disabled?: boolean | null | undefined;
  disabledNEQ?: boolean | null | undefined;
  /** areas edge predicates */
  hasAreas?: boolean | null | undefined;
  hasAreasWith?: Array<ExamAreaWhereInput> | null | undefined;
  /** children edge predicates */
  hasChildren?: boolean | null | undefined;
  hasChildrenWith?: Array<RegionWhereInput> | null | undefined;
  /** notices edge predicates */
  hasNotices?: boolean | null | undefined;
  hasNoticesWith?: Array<NoticeWhereInput> | null | undefined;
  /** parent edge predicates */
  hasParent?: boolean | null | undefined;
  hasParentWith?: Array<RegionWhereInput> | null | undefined;
  /** policies edge predicates */
  hasPolicies?: boolean | null | undefined;
  hasPoliciesWith?: Array<RegionPolicyWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | number | null | undefined;
  idGT?: string | number | null | undefined;
  idGTE?: string | number | null | undefined;
  idIn?: Array<string | number> | null | undefined;
  idLT?: string | number | null | undefined;
  idLTE?: string | number | null | undefined;
  idNEQ?: string | number | null | undefined;
  idNotIn?: Array<string | number> | null | undefined;
  /** kind field predicates */
  kind?: RegionKind | null | undefined;
  kindIn?: Array<RegionKind> | null | undefined;
  kindNEQ?: RegionKind | null | undefined;
  kindNotIn?: Array<RegionKind> | null | undefined;
  /** name field predicates */
  name?: string | null | undefined;
  nameContains?: string | null | undefined;
  nameContainsFold?: string | null | undefined;
  nameEqualFold?: string | null | undefined;
  nameGT?: string | null | undefined;
  nameGTE?: string | null | undefined;
  nameHasPrefix?: string | null | undefined;
  nameHasSuffix?: string | null | undefined;
  nameIn?: Array<string> | null | undefined;
  nameLT?: string | null | undefined;
  nameLTE?: string | null | undefined;
  nameNEQ?: string | null | undefined;
  nameNotIn?: Array<string> | null | undefined;
  not?: RegionWhereInput | null | undefined;
  or?: Array<RegionWhereInput> | null | undefined;
  /** parent_id field predicates */
  parentID?: string | number | null | undefined;
  parentIDContains?: string | number | null | undefined;
  parentIDContainsFold?: string | number | null | undefined;
  parentIDEqualFold?: string | number | null | undefined;
  parentIDGT?: string | number | null | undefined;
  parentIDGTE?: string | number | null | undefined;
  parentIDHasPrefix?: string | number | null | undefined;
  parentIDHasSuffix?: string | number | null | undefined;
  parentIDIn?: Array<string | number> | null | undefined;
  parentIDIsNil?: boolean | null | undefined;
  parentIDLT?: string | number | null | undefined;
  parentIDLTE?: string | number | null | undefined;
  parentIDNEQ?: string | number | null | undefined;
  parentIDNotIn?: Array<string | number> | null | undefined;
  parentIDNotNil?: boolean | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** ReviewDecisionDecision is enum for the field decision */
export type ReviewDecisionDecision =
  | 'APPROVE'
  | 'REJECT';

/** Which applications the queue shows. Everything is optional. */
export type ReviewQueueFilter = {
  areaId?: string | number | null | undefined;
  level?: Level | null | undefined;
  nonLocal?: boolean | null | undefined;
  /** Pending applications past their stored review deadline. */
  overdue?: boolean | null | undefined;
  qualificationCode?: string | null | undefined;
  /** National admins choose a region; reviewers and region admins always see their own. */
  regionCode?: string | null | undefined;
  /** Part of a name, a full ID number (matched through its keyed hash, never stored in clear), or a 16-digit 准考证号. */
  search?: string | null | undefined;
  /** The session's code; all sessions when absent. */
  sessionCode?: string | null | undefined;
  /** Default: PENDING_REVIEW. */
  statuses?: Array<ApplicationStatus> | null | undefined;
  submittedFrom?: string | null | undefined;
  submittedTo?: string | null | undefined;
};

export type ReviewQueueOrder =
  /** The nearest review deadline first. */
  | 'DEADLINE_FIRST'
  | 'NEWEST_FIRST'
  /** Submitted first, reviewed first (the default). */
  | 'OLDEST_FIRST';

/** Role is enum for the field role */
export type Role =
  | 'EXAM_STAFF'
  | 'NATIONAL_ADMIN'
  | 'REGION_ADMIN'
  | 'REVIEWER';

/** SeatPlanRunSeating is enum for the field seating */
export type SeatPlanRunSeating =
  | 'BY_QUALIFICATION'
  | 'MIXED';

/** SeatPlanRunStatus is enum for the field status */
export type SeatPlanRunStatus =
  | 'FAILED'
  | 'PUBLISHED'
  | 'READY'
  | 'RUNNING'
  | 'SHORTFALL'
  | 'SUPERSEDED';

export type SendNoticeInput = {
  audience: NoticeAudienceInput;
  /** 至多 500 字; sent as the email's text; SMS carries the title through the notice template. */
  body: string;
  /** 至多 40 字 */
  title: string;
};

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

/**
 * StaffUserWhereInput is used for filtering StaffUser objects.
 * Input was generated by ent.
 */
export type StaffUserWhereInput = {
  and?: Array<StaffUserWhereInput> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** created_by_id field predicates */
  createdByID?: string | number | null | undefined;
  createdByIDContains?: string | number | null | undefined;
  createdByIDContainsFold?: string | number | null | undefined;
  createdByIDEqualFold?: string | number | null | undefined;
  createdByIDGT?: string | number | null | undefined;
  createdByIDGTE?: string | number | null | undefined;
  createdByIDHasPrefix?: string | number | null | undefined;
  createdByIDHasSuffix?: string | number | null | undefined;
  createdByIDIn?: Array<string | number> | null | undefined;
  createdByIDIsNil?: boolean | null | undefined;
  createdByIDLT?: string | number | null | undefined;
  createdByIDLTE?: string | number | null | undefined;
  createdByIDNEQ?: string | number | null | undefined;
  createdByIDNotIn?: Array<string | number> | null | undefined;
  createdByIDNotNil?: boolean | null | undefined;
  /** disabled field predicates */
  disabled?: boolean | null | undefined;
  disabledNEQ?: boolean | null | undefined;
  /** display_name field predicates */
  displayName?: string | null | undefined;
  displayNameContains?: string | null | undefined;
  displayNameContainsFold?: string | null | undefined;
  displayNameEqualFold?: string | null | undefined;
  displayNameGT?: string | null | undefined;
  displayNameGTE?: string | null | undefined;
  displayNameHasPrefix?: string | null | undefined;
  displayNameHasSuffix?: string | null | undefined;
  displayNameIn?: Array<string> | null | undefined;
  displayNameLT?: string | null | undefined;
  displayNameLTE?: string | null | undefined;
  displayNameNEQ?: string | null | undefined;
  displayNameNotIn?: Array<string> | null | undefined;
  /** created_accounts edge predicates */
  hasCreatedAccounts?: boolean | null | undefined;
  hasCreatedAccountsWith?: Array<StaffUserWhereInput> | null | undefined;
  /** region edge predicates */
  hasRegion?: boolean | null | undefined;
  hasRegionWith?: Array<RegionWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | number | null | undefined;
  idGT?: string | number | null | undefined;
  idGTE?: string | number | null | undefined;
  idIn?: Array<string | number> | null | undefined;
  idLT?: string | number | null | undefined;
  idLTE?: string | number | null | undefined;
  idNEQ?: string | number | null | undefined;
  idNotIn?: Array<string | number> | null | undefined;
  /** last_login_at field predicates */
  lastLoginAt?: string | null | undefined;
  lastLoginAtGT?: string | null | undefined;
  lastLoginAtGTE?: string | null | undefined;
  lastLoginAtIn?: Array<string> | null | undefined;
  lastLoginAtIsNil?: boolean | null | undefined;
  lastLoginAtLT?: string | null | undefined;
  lastLoginAtLTE?: string | null | undefined;
  lastLoginAtNEQ?: string | null | undefined;
  lastLoginAtNotIn?: Array<string> | null | undefined;
  lastLoginAtNotNil?: boolean | null | undefined;
  /** locked_until field predicates */
  lockedUntil?: string | null | undefined;
  lockedUntilGT?: string | null | undefined;
  lockedUntilGTE?: string | null | undefined;
  lockedUntilIn?: Array<string> | null | undefined;
  lockedUntilIsNil?: boolean | null | undefined;
  lockedUntilLT?: string | null | undefined;
  lockedUntilLTE?: string | null | undefined;
  lockedUntilNEQ?: string | null | undefined;
  lockedUntilNotIn?: Array<string> | null | undefined;
  lockedUntilNotNil?: boolean | null | undefined;
  not?: StaffUserWhereInput | null | undefined;
  or?: Array<StaffUserWhereInput> | null | undefined;
  /** region_id field predicates */
  regionID?: string | number | null | undefined;
  regionIDContains?: string | number | null | undefined;
  regionIDContainsFold?: string | number | null | undefined;
  regionIDEqualFold?: string | number | null | undefined;
  regionIDGT?: string | number | null | undefined;
  regionIDGTE?: string | number | null | undefined;
  regionIDHasPrefix?: string | number | null | undefined;
  regionIDHasSuffix?: string | number | null | undefined;
  regionIDIn?: Array<string | number> | null | undefined;
  regionIDIsNil?: boolean | null | undefined;
  regionIDLT?: string | number | null | undefined;
  regionIDLTE?: string | number | null | undefined;
  regionIDNEQ?: string | number | null | undefined;
  regionIDNotIn?: Array<string | number> | null | undefined;
  regionIDNotNil?: boolean | null | undefined;
  /** role field predicates */
  role?: Role | null | undefined;
  roleIn?: Array<Role> | null | undefined;
  roleNEQ?: Role | null | undefined;
  roleNotIn?: Array<Role> | null | undefined;
  /** totp_enabled field predicates */
  totpEnabled?: boolean | null | undefined;
  totpEnabledNEQ?: boolean | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** username field predicates */
  username?: string | null | undefined;
  usernameContains?: string | null | undefined;
  usernameContainsFold?: string | null | undefined;
  usernameEqualFold?: string | null | undefined;
  usernameGT?: string | null | undefined;
  usernameGTE?: string | null | undefined;
  usernameHasPrefix?: string | null | undefined;
  usernameHasSuffix?: string | null | undefined;
  usernameIn?: Array<string> | null | undefined;
  usernameLT?: string | null | undefined;
  usernameLTE?: string | null | undefined;
  usernameNEQ?: string | null | undefined;
  usernameNotIn?: Array<string> | null | undefined;
};

export type StartApplicationExportInput = {
  format: ApplicationExportFormat;
  /** ID numbers in full instead of masked (2101**********1233). Audited. */
  fullIdNumbers?: boolean | null | undefined;
  /** Null: a region admin's own region; for national admins the whole country. */
  regionCode?: string | null | undefined;
  sessionCode: string;
  /** The application states to export; null: every state but DRAFT. */
  statuses?: Array<ApplicationStatus> | null | undefined;
};

/**
 * SubjectWhereInput is used for filtering Subject objects.
 * Input was generated by ent.
 */
export type SubjectWhereInput = {
  and?: Array<SubjectWhereInput> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** duration_minutes field predicates */
  durationMinutes?: number | null | undefined;
  durationMinutesGT?: number | null | undefined;
  durationMinutesGTE?: number | null | undefined;
  durationMinutesIn?: Array<number> | null | undefined;
  durationMinutesLT?: number | null | undefined;
  durationMinutesLTE?: number | null | undefined;
  durationMinutesNEQ?: number | null | undefined;
  durationMinutesNotIn?: Array<number> | null | undefined;
  /** full_marks field predicates */
  fullMarks?: number | null | undefined;
  fullMarksGT?: number | null | undefined;
  fullMarksGTE?: number | null | undefined;
  fullMarksIn?: Array<number> | null | undefined;
  fullMarksLT?: number | null | undefined;
  fullMarksLTE?: number | null | undefined;
  fullMarksNEQ?: number | null | undefined;
  fullMarksNotIn?: Array<number> | null | undefined;
  /** qualification edge predicates */
  hasQualification?: boolean | null | undefined;
  hasQualificationWith?: Array<QualificationWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | number | null | undefined;
  idGT?: string | number | null | undefined;
  idGTE?: string | number | null | undefined;
  idIn?: Array<string | number> | null | undefined;
  idLT?: string | number | null | undefined;
  idLTE?: string | number | null | undefined;
  idNEQ?: string | number | null | undefined;
  idNotIn?: Array<string | number> | null | undefined;
  /** name field predicates */
  name?: string | null | undefined;
  nameContains?: string | null | undefined;
  nameContainsFold?: string | null | undefined;
  nameEqualFold?: string | null | undefined;
  nameGT?: string | null | undefined;
  nameGTE?: string | null | undefined;
  nameHasPrefix?: string | null | undefined;
  nameHasSuffix?: string | null | undefined;
  nameIn?: Array<string> | null | undefined;
  nameLT?: string | null | undefined;
  nameLTE?: string | null | undefined;
  nameNEQ?: string | null | undefined;
  nameNotIn?: Array<string> | null | undefined;
  not?: SubjectWhereInput | null | undefined;
  or?: Array<SubjectWhereInput> | null | undefined;
  /** order field predicates */
  order?: number | null | undefined;
  orderGT?: number | null | undefined;
  orderGTE?: number | null | undefined;
  orderIn?: Array<number> | null | undefined;
  orderLT?: number | null | undefined;
  orderLTE?: number | null | undefined;
  orderNEQ?: number | null | undefined;
  orderNotIn?: Array<number> | null | undefined;
  /** pass_mark field predicates */
  passMark?: number | null | undefined;
  passMarkGT?: number | null | undefined;
  passMarkGTE?: number | null | undefined;
  passMarkIn?: Array<number> | null | undefined;
  passMarkLT?: number | null | undefined;
  passMarkLTE?: number | null | undefined;
  passMarkNEQ?: number | null | undefined;
  passMarkNotIn?: Array<number> | null | undefined;
  /** qualification_id field predicates */
  qualificationID?: string | number | null | undefined;
  qualificationIDContains?: string | number | null | undefined;
  qualificationIDContainsFold?: string | number | null | undefined;
  qualificationIDEqualFold?: string | number | null | undefined;
  qualificationIDGT?: string | number | null | undefined;
  qualificationIDGTE?: string | number | null | undefined;
  qualificationIDHasPrefix?: string | number | null | undefined;
  qualificationIDHasSuffix?: string | number | null | undefined;
  qualificationIDIn?: Array<string | number> | null | undefined;
  qualificationIDLT?: string | number | null | undefined;
  qualificationIDLTE?: string | number | null | undefined;
  qualificationIDNEQ?: string | number | null | undefined;
  qualificationIDNotIn?: Array<string | number> | null | undefined;
  /** sitting field predicates */
  sitting?: number | null | undefined;
  sittingGT?: number | null | undefined;
  sittingGTE?: number | null | undefined;
  sittingIn?: Array<number> | null | undefined;
  sittingLT?: number | null | undefined;
  sittingLTE?: number | null | undefined;
  sittingNEQ?: number | null | undefined;
  sittingNotIn?: Array<number> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
};

/**
 * An absent field keeps its value. Narrowing levels so that a live application's
 * level is no longer accepted, or disabling an area with live applications, is
 * refused with AREA_HAS_APPLICANTS.
 */
export type UpdateExamAreaInput = {
  disabled?: boolean | null | undefined;
  levels?: Array<Level> | null | undefined;
  name?: string | null | undefined;
  sortOrder?: number | null | undefined;
};

/**
 * An absent field keeps its value. The capacity does not go below a seat already
 * assigned in the room (CAPACITY_BELOW_ASSIGNED); a room holding assigned seats
 * is not disabled (SEATS_ASSIGNED).
 */
export type UpdateExamRoomInput = {
  capacity?: number | null | undefined;
  disabled?: boolean | null | undefined;
};

/** An absent field keeps its value; a site holding assigned seats is not disabled (SEATS_ASSIGNED). */
export type UpdateExamSiteInput = {
  address?: string | null | undefined;
  disabled?: boolean | null | undefined;
  name?: string | null | undefined;
};

/** An absent field keeps its value; sessionCode null makes the notice apply to every session. */
export type UpdateNoticeInput = {
  body?: string | null | undefined;
  disabled?: boolean | null | undefined;
  kind?: NoticeKind | null | undefined;
  publishedAt?: string | null | undefined;
  sessionCode?: string | null | undefined;
  sortOrder?: number | null | undefined;
  title?: string | null | undefined;
};

export type UpdateStaffUserInput = {
  /** Disabling ends the account's sessions at once; accounts are disabled, never deleted. */
  disabled?: boolean | null | undefined;
  displayName?: string | null | undefined;
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

export type ConsoleScopeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleScopeQuery = { examSessions: Array<{ code: string, name: string, registrationOpen: boolean, ticketPrintOpensAt: string, ticketPrintClosesAt: string, registrationOpensAt: string, registrationClosesAt: string }>, regions: Array<{ code: string, name: string }> };

export type ConsoleRegionQueryVariables = Exact<{
  code: string;
}>;


export type ConsoleRegionQuery = { region: { code: string, name: string, policies: Array<{ id: string, registrationOpensAt: string, registrationClosesAt: string, correctionClosesAt: string, paymentOpensAt: string, paymentClosesAt: string, reviewMode: RegionPolicyReviewMode, reviewModeLabel: string, reviewWorkingDays: number, feePerSubjectFen: number, feeJuniorFen: number | null, feeIntermediateFen: number | null, feeSeniorFen: number | null, free: boolean, commitmentRequired: boolean, nonLocalAllowed: boolean, absenteeBan: boolean, session: { code: string, name: string } }> | null, areas: Array<{ id: string, code: string, name: string, levels: Array<Level>, sortOrder: number, disabled: boolean, sites: Array<{ id: string, code: string, name: string, address: string, disabled: boolean, rooms: Array<{ id: string, code: string, capacity: number, disabled: boolean }> | null }> | null }> | null, notices: Array<{ id: string, kind: NoticeKind, kindLabel: string, title: string, body: string, publishedAt: string, sortOrder: number, disabled: boolean, session: { code: string, name: string } | null }> | null } | null };

export type ConsoleUpdatePolicyMutationVariables = Exact<{
  id: string | number;
  input: RegionPolicyInput;
}>;


export type ConsoleUpdatePolicyMutation = { updateRegionPolicy: { regionPolicy: { id: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ConsoleCreateAreaMutationVariables = Exact<{
  regionCode: string;
  input: CreateExamAreaInput;
}>;


export type ConsoleCreateAreaMutation = { createExamArea: { examArea: { id: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ConsoleUpdateAreaMutationVariables = Exact<{
  id: string | number;
  input: UpdateExamAreaInput;
}>;


export type ConsoleUpdateAreaMutation = { updateExamArea: { examArea: { id: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ConsoleCreateSiteMutationVariables = Exact<{
  areaId: string | number;
  input: CreateExamSiteInput;
}>;


export type ConsoleCreateSiteMutation = { createExamSite: { examSite: { id: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ConsoleUpdateSiteMutationVariables = Exact<{
  id: string | number;
  input: UpdateExamSiteInput;
}>;


export type ConsoleUpdateSiteMutation = { updateExamSite: { examSite: { id: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ConsoleCreateRoomMutationVariables = Exact<{
  siteId: string | number;
  input: CreateExamRoomInput;
}>;


export type ConsoleCreateRoomMutation = { createExamRoom: { examRoom: { id: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ConsoleUpdateRoomMutationVariables = Exact<{
  id: string | number;
  input: UpdateExamRoomInput;
}>;


export type ConsoleUpdateRoomMutation = { updateExamRoom: { examRoom: { id: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ConsoleSeatPlanRunsQueryVariables = Exact<{
  sessionCode: string;
  regionCode?: string | null | undefined;
}>;


export type ConsoleSeatPlanRunsQuery = { seatPlanRuns: Array<{ id: string, status: SeatPlanRunStatus, seating: SeatPlanRunSeating, candidates: number, staged: number, startedAt: string, finishedAt: string | null, publishedAt: string | null, runByName: string, inputsDigest: string | null, region: { code: string, name: string }, shortfalls: Array<{ need: number, have: number, lack: number, area: { id: string, name: string } }> }> };

export type ConsoleRunSeatPlanMutationVariables = Exact<{
  sessionCode: string;
  regionCode?: string | null | undefined;
}>;


export type ConsoleRunSeatPlanMutation = { runSeatPlan: { run: { id: string, status: SeatPlanRunStatus } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ConsolePublishSeatPlanMutationVariables = Exact<{
  runId: string | number;
}>;


export type ConsolePublishSeatPlanMutation = { publishSeatPlan: { run: { id: string, status: SeatPlanRunStatus } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ConsoleStatisticsQueryVariables = Exact<{
  sessionCode: string;
  regionCode?: string | null | undefined;
}>;


export type ConsoleStatisticsQuery = { statistics: { registrations: number, local: number, nonLocal: number, revenueFen: number, paidOrders: number, reportUrl: string, session: { code: string, name: string }, region: { code: string, name: string } | null, byStatus: Array<{ key: string, label: string, count: number }>, byLevel: Array<{ key: string, label: string, count: number }>, byQualification: Array<{ key: string, label: string, count: number }>, byArea: Array<{ key: string, label: string, count: number }>, byDay: Array<{ day: string, submitted: number, cumulative: number }>, byEducation: Array<{ key: string, label: string, count: number }>, byEmployment: Array<{ key: string, label: string, count: number }>, review: { onTime: number, late: number, waiting: number, overdue: number }, seats: Array<{ rooms: number, capacity: number, used: number, site: { id: string, name: string } }>, results: { registered: number, sat: number, absent: number, passed: number, passRate: number } } };

export type ConsoleExportsQueryVariables = Exact<{
  sessionCode: string;
  regionCode?: string | null | undefined;
}>;


export type ConsoleExportsQuery = { applicationExports: { totalCount: number, edges: Array<{ node: { id: string, createdAt: string, format: ApplicationExportFormat, status: ApplicationExportStatus, statusLabel: string, rowsDone: number, rowsTotal: number, progress: number, fileName: string, fileBytes: number | null, sha256: string | null, error: string, downloadUrl: string | null, requestedByName: string, fullIdNumbers: boolean, region: { name: string } | null } | null } | null> | null } };

export type ConsoleStartExportMutationVariables = Exact<{
  input: StartApplicationExportInput;
}>;


export type ConsoleStartExportMutation = { startApplicationExport: { export: { id: string, status: ApplicationExportStatus } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ConsoleCreateNoticeMutationVariables = Exact<{
  regionCode: string;
  input: CreateNoticeInput;
}>;


export type ConsoleCreateNoticeMutation = { createNotice: { notice: { id: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ConsoleUpdateNoticeMutationVariables = Exact<{
  id: string | number;
  input: UpdateNoticeInput;
}>;


export type ConsoleUpdateNoticeMutation = { updateNotice: { notice: { id: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ConsoleDisableNoticeMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDisableNoticeMutation = { disableNotice: { notice: { id: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ConsoleFormChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleFormChoicesQuery = { formChoices: { statuses: Array<{ value: string, label: string }> } };

export type ConsolePreviewNoticeQueryVariables = Exact<{
  audience: NoticeAudienceInput;
}>;


export type ConsolePreviewNoticeQuery = { previewNotice: number };

export type ConsoleSendNoticeMutationVariables = Exact<{
  input: SendNoticeInput;
}>;


export type ConsoleSendNoticeMutation = { sendNotice: { recipients: number, userErrors: Array<{ field: Array<string>, message: string, code: string }> } };

export type ConsoleDeliveryStatisticsQueryVariables = Exact<{
  regionCode?: string | null | undefined;
}>;


export type ConsoleDeliveryStatisticsQuery = { deliveryStatistics: Array<{ channel: DeliveryChannel, status: DeliveryStatus, count: number }> };

export type ConsoleAuditLogsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  actorId?: string | number | null | undefined;
  recordId?: string | null | undefined;
  action?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ConsoleAuditLogsQuery = { auditLogs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, createdAt: string, actorKind: AuditLogActorKind, staffID: string | null, action: string, recordType: string, recordID: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, requestID: string, clientIP: string, staff: { id: string, username: string, displayName: string } | null, region: { code: string, name: string } | null } | null } | null> | null } };

export type ConsoleTicketSearchQueryVariables = Exact<{
  filter?: ReviewQueueFilter | null | undefined;
}>;


export type ConsoleTicketSearchQuery = { reviewQueue: { totalCount: number, edges: Array<{ node: { id: string, name: string, idNumberMasked: string, region: { code: string, name: string }, area: { id: string, name: string } | null, admissionTicket: { id: string, ticketNumber: string, seat: number, room: { id: string, code: string, site: { id: string, name: string } } } | null } | null } | null> | null } };

export type ConsoleAreaRoomsQueryVariables = Exact<{
  code: string;
}>;


export type ConsoleAreaRoomsQuery = { region: { code: string, areas: Array<{ id: string, sites: Array<{ id: string, name: string, disabled: boolean, rooms: Array<{ id: string, code: string, capacity: number, disabled: boolean }> | null }> | null }> | null } | null };

export type ConsoleMoveSeatMutationVariables = Exact<{
  ticketId: string | number;
  roomId: string | number;
  seat: number;
  reason: string;
}>;


export type ConsoleMoveSeatMutation = { moveSeat: { ticket: { id: string, ticketNumber: string, seat: number, room: { id: string, code: string, site: { id: string, name: string } } } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ConsoleStaffUsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  where?: StaffUserWhereInput | null | undefined;
}>;


export type ConsoleStaffUsersQuery = { staffUsers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, username: string, displayName: string, role: Role, roleLabel: string, totpEnabled: boolean, disabled: boolean, lockedUntil: string | null, lastLoginAt: string | null, createdAt: string, region: { code: string, name: string } | null } | null } | null> | null } };

export type ConsoleCreateStaffUserMutationVariables = Exact<{
  input: CreateStaffUserInput;
}>;


export type ConsoleCreateStaffUserMutation = { createStaffUser: { staffUser: { id: string, username: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ConsoleUpdateStaffUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateStaffUserInput;
}>;


export type ConsoleUpdateStaffUserMutation = { updateStaffUser: { staffUser: { id: string, displayName: string, disabled: boolean } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ConsoleSentNoticesQueryVariables = Exact<{
  regionCode?: string | null | undefined;
}>;


export type ConsoleSentNoticesQuery = { sentNotices: Array<{ id: string, title: string, sentAt: string, sentBy: string, messages: number, expanded: boolean, session: { code: string, name: string } | null, area: { name: string } | null, deliveries: Array<{ channel: DeliveryChannel, status: DeliveryStatus, count: number }> }> };

export type DeskSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskSessionsQuery = { examSessions: Array<{ code: string, name: string, registrationOpen: boolean }>, formChoices: { statuses: Array<{ value: string, label: string }> }, rejectionReasons: Array<{ code: string, label: string, description: string }> };

export type DeskRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskRegionsQuery = { regions: Array<{ code: string, name: string }> };

export type DeskQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ReviewQueueFilter | null | undefined;
  order?: ReviewQueueOrder | null | undefined;
  sessionCode?: string | null | undefined;
  regionCode?: string | null | undefined;
}>;


export type DeskQueueQuery = { reviewQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, name: string, idNumberMasked: string, status: ApplicationStatus, statusLabel: string, submittedAt: string | null, reviewDeadlineAt: string | null, overdue: boolean, nonLocal: boolean | null, level: Level | null, qualification: { code: string, name: string } | null, area: { name: string } | null, session: { code: string, name: string }, claim: { reviewerName: string, expiresAt: string, mine: boolean } | null } | null } | null> | null }, reviewCounts: Array<{ status: ApplicationStatus, label: string, count: number }> };

export type DeskApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type DeskApplicationQuery = { node:
    | { id: string, version: number, status: ApplicationStatus, statusLabel: string, name: string, idTypeLabel: string, idNumberMasked: string, genderLabel: string | null, birthDate: string | null, age: number | null, hukouCode: string | null, title: string | null, titleDate: string | null, employmentLabel: string | null, workUnit: string | null, workStartDate: string | null, educationLabel: string | null, degreeLabel: string | null, graduationDate: string | null, majorRelationLabel: string | null, majorName: string | null, address: string | null, email: string | null, mobile: string | null, landline: string | null, postcode: string | null, nonLocal: boolean | null, feeTotalFen: number | null, submittedAt: string | null, reviewStartedAt: string | null, reviewDeadlineAt: string | null, decidedAt: string | null, commitmentAcceptedAt: string | null, overdue: boolean, level: Level | null, region: { code: string, name: string }, session: { code: string, name: string }, qualification: { code: string, name: string, levelLabel: string } | null, subjects: Array<{ name: string }>, area: { name: string } | null, photo: { id: string, url: string, width: number | null, height: number | null } | null, materials: Array<{ id: string, url: string, originalName: string, contentType: string, sizeBytes: number, materialKindLabel: string | null }> | null, claim: { reviewerName: string, expiresAt: string, mine: boolean } | null, rejectionReasons: Array<{ code: string, label: string }>, decisions: Array<{ id: string, createdAt: string, decision: ReviewDecisionDecision, reasonCodes: Array<string> | null, note: string }> | null, history: Array<{ id: string, createdAt: string, fromStatusLabel: string | null, toStatusLabel: string, actorKindLabel: string, reason: string }> | null }
    | Record<PropertyKey, never>
   | null, rejectionReasons: Array<{ code: string, label: string, description: string }>, hukouChoices: Array<{ code: string, name: string }> };

export type DeskClaimMutationVariables = Exact<{
  id: string | number;
}>;


export type DeskClaimMutation = { claimApplication: { claim: { reviewerName: string, expiresAt: string, mine: boolean } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type DeskReleaseMutationVariables = Exact<{
  id: string | number;
}>;


export type DeskReleaseMutation = { releaseApplication: { claim: { reviewerName: string, expiresAt: string, mine: boolean } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type DeskApproveMutationVariables = Exact<{
  id: string | number;
  version: number;
  note?: string | null | undefined;
}>;


export type DeskApproveMutation = { approveApplication: { application: { id: string, version: number, status: ApplicationStatus, statusLabel: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type DeskRejectMutationVariables = Exact<{
  id: string | number;
  version: number;
  reasonCodes: Array<string> | string;
  note?: string | null | undefined;
}>;


export type DeskRejectMutation = { rejectApplication: { application: { id: string, version: number, status: ApplicationStatus, statusLabel: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type DeskBulkApproveMutationVariables = Exact<{
  items: Array<BulkApproveItem> | BulkApproveItem;
  note?: string | null | undefined;
}>;


export type DeskBulkApproveMutation = { bulkApprove: { applications: Array<{ id: string, status: ApplicationStatus, statusLabel: string }>, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

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

export type PortalOpenSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalOpenSessionsQuery = { examSessions: Array<{ code: string, name: string, registrationOpen: boolean }> };

export type PortalWithdrawApplicationMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type PortalWithdrawApplicationMutation = { withdrawApplication: { application: { id: string, version: number, status: ApplicationStatus, statusLabel: string, editable: boolean, hukouCode: string | null, gender: ApplicationGender | null, birthDate: string | null, title: string | null, titleDate: string | null, employment: ApplicationEmployment | null, workUnit: string | null, workStartDate: string | null, education: ApplicationEducation | null, degree: ApplicationDegree | null, graduationDate: string | null, majorRelation: ApplicationMajorRelation | null, majorName: string | null, address: string | null, email: string | null, mobile: string | null, landline: string | null, postcode: string | null, feeText: string | null, submittedAt: string | null, reviewDeadlineAt: string | null, session: { code: string, name: string }, region: { code: string, name: string }, area: { id: string, name: string } | null, qualification: { code: string, name: string, levelLabel: string } | null, subjects: Array<{ name: string }>, photo: { id: string, url: string } | null, materials: Array<{ id: string, materialKindLabel: string | null, originalName: string }> | null, rejectionReasons: Array<{ code: string, label: string, description: string }>, history: Array<{ id: string, createdAt: string, toStatusLabel: string, reason: string }> | null } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type PortalMyExamsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMyExamsQuery = { myApplications: Array<{ id: string, status: ApplicationStatus, statusLabel: string, session: { code: string, name: string, firstExamDay: string, lastExamDay: string, ticketPrintOpensAt: string, ticketPrintClosesAt: string, scoreReleaseAt: string | null }, region: { name: string }, area: { name: string } | null, qualification: { name: string, levelLabel: string } | null, subjects: Array<{ name: string, order: number, sitting: number, durationMinutes: number }>, admissionTicket: { id: string, ticketNumber: string, seat: number, pdfUrl: string | null, site: { name: string, address: string }, room: { code: string } } | null, result: { released: boolean, releaseAt: string | null, passed: boolean | null, subjects: Array<{ points: number | null, absent: boolean, passMark: number, fullMarks: number, passed: boolean, subject: { name: string } }> } | null, certificate: { number: string, issuedOn: string, pdfUrl: string | null } | null }> };

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


export type SharedMeQuery = { me: { kind: ViewerKind, totpEnrolmentRequired: boolean, sessionExpiresAt: string, candidate: { id: string, name: string, idType: IdType, idTypeLabel: string, idNumber: string } | null, staff: { id: string, username: string, displayName: string, role: Role, roleLabel: string, totpEnabled: boolean, region: { code: string, name: string } | null } | null, pendingPrivacyNotice: { version: string, title: string } | null } | null };

export type SharedStaffLoginMutationVariables = Exact<{
  input: StaffLoginInput;
}>;


export type SharedStaffLoginMutation = { staffLogin: { totpEnrolmentRequired: boolean, session: { token: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type SharedLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type SharedLogoutMutation = { logout: { loggedOut: boolean } };

export type SharedChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type SharedChangePasswordMutation = { changePassword: { changed: boolean, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type SharedBeginTotpSetupMutationVariables = Exact<{
  currentPassword?: string | null | undefined;
  totpCode?: string | null | undefined;
}>;


export type SharedBeginTotpSetupMutation = { beginTotpSetup: { secret: string | null, otpauthUri: string | null, qrCodePng: string | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type SharedConfirmTotpSetupMutationVariables = Exact<{
  code: string;
}>;


export type SharedConfirmTotpSetupMutation = { confirmTotpSetup: { enabled: boolean, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type SharedDisableTotpMutationVariables = Exact<{
  currentPassword: string;
  totpCode: string;
}>;


export type SharedDisableTotpMutation = { disableTotp: { disabled: boolean, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

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
export const ConsoleScopeDocument = new TypedDocumentString(`
    query ConsoleScope {
  examSessions {
    code
    name
    registrationOpen
    ticketPrintOpensAt
    ticketPrintClosesAt
    registrationOpensAt
    registrationClosesAt
  }
  regions {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<ConsoleScopeQuery, ConsoleScopeQueryVariables>;
export const ConsoleRegionDocument = new TypedDocumentString(`
    query ConsoleRegion($code: String!) {
  region(code: $code) {
    code
    name
    policies {
      id
      session {
        code
        name
      }
      registrationOpensAt
      registrationClosesAt
      correctionClosesAt
      paymentOpensAt
      paymentClosesAt
      reviewMode
      reviewModeLabel
      reviewWorkingDays
      feePerSubjectFen
      feeJuniorFen
      feeIntermediateFen
      feeSeniorFen
      free
      commitmentRequired
      nonLocalAllowed
      absenteeBan
    }
    areas {
      id
      code
      name
      levels
      sortOrder
      disabled
      sites {
        id
        code
        name
        address
        disabled
        rooms {
          id
          code
          capacity
          disabled
        }
      }
    }
    notices {
      id
      kind
      kindLabel
      title
      body
      publishedAt
      sortOrder
      disabled
      session {
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRegionQuery, ConsoleRegionQueryVariables>;
export const ConsoleUpdatePolicyDocument = new TypedDocumentString(`
    mutation ConsoleUpdatePolicy($id: ID!, $input: RegionPolicyInput!) {
  updateRegionPolicy(id: $id, input: $input) {
    regionPolicy {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdatePolicyMutation, ConsoleUpdatePolicyMutationVariables>;
export const ConsoleCreateAreaDocument = new TypedDocumentString(`
    mutation ConsoleCreateArea($regionCode: String!, $input: CreateExamAreaInput!) {
  createExamArea(regionCode: $regionCode, input: $input) {
    examArea {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateAreaMutation, ConsoleCreateAreaMutationVariables>;
export const ConsoleUpdateAreaDocument = new TypedDocumentString(`
    mutation ConsoleUpdateArea($id: ID!, $input: UpdateExamAreaInput!) {
  updateExamArea(id: $id, input: $input) {
    examArea {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateAreaMutation, ConsoleUpdateAreaMutationVariables>;
export const ConsoleCreateSiteDocument = new TypedDocumentString(`
    mutation ConsoleCreateSite($areaId: ID!, $input: CreateExamSiteInput!) {
  createExamSite(areaId: $areaId, input: $input) {
    examSite {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateSiteMutation, ConsoleCreateSiteMutationVariables>;
export const ConsoleUpdateSiteDocument = new TypedDocumentString(`
    mutation ConsoleUpdateSite($id: ID!, $input: UpdateExamSiteInput!) {
  updateExamSite(id: $id, input: $input) {
    examSite {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateSiteMutation, ConsoleUpdateSiteMutationVariables>;
export const ConsoleCreateRoomDocument = new TypedDocumentString(`
    mutation ConsoleCreateRoom($siteId: ID!, $input: CreateExamRoomInput!) {
  createExamRoom(siteId: $siteId, input: $input) {
    examRoom {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateRoomMutation, ConsoleCreateRoomMutationVariables>;
export const ConsoleUpdateRoomDocument = new TypedDocumentString(`
    mutation ConsoleUpdateRoom($id: ID!, $input: UpdateExamRoomInput!) {
  updateExamRoom(id: $id, input: $input) {
    examRoom {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateRoomMutation, ConsoleUpdateRoomMutationVariables>;
export const ConsoleSeatPlanRunsDocument = new TypedDocumentString(`
    query ConsoleSeatPlanRuns($sessionCode: String!, $regionCode: String) {
  seatPlanRuns(sessionCode: $sessionCode, regionCode: $regionCode) {
    id
    status
    seating
    candidates
    staged
    startedAt
    finishedAt
    publishedAt
    runByName
    inputsDigest
    region {
      code
      name
    }
    shortfalls {
      area {
        id
        name
      }
      need
      have
      lack
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleSeatPlanRunsQuery, ConsoleSeatPlanRunsQueryVariables>;
export const ConsoleRunSeatPlanDocument = new TypedDocumentString(`
    mutation ConsoleRunSeatPlan($sessionCode: String!, $regionCode: String) {
  runSeatPlan(sessionCode: $sessionCode, regionCode: $regionCode) {
    run {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRunSeatPlanMutation, ConsoleRunSeatPlanMutationVariables>;
export const ConsolePublishSeatPlanDocument = new TypedDocumentString(`
    mutation ConsolePublishSeatPlan($runId: ID!) {
  publishSeatPlan(runId: $runId) {
    run {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConsolePublishSeatPlanMutation, ConsolePublishSeatPlanMutationVariables>;
export const ConsoleStatisticsDocument = new TypedDocumentString(`
    query ConsoleStatistics($sessionCode: String!, $regionCode: String) {
  statistics(sessionCode: $sessionCode, regionCode: $regionCode) {
    session {
      code
      name
    }
    region {
      code
      name
    }
    byStatus {
      key
      label
      count
    }
    registrations
    byLevel {
      key
      label
      count
    }
    byQualification {
      key
      label
      count
    }
    byArea {
      key
      label
      count
    }
    byDay {
      day
      submitted
      cumulative
    }
    local
    nonLocal
    byEducation {
      key
      label
      count
    }
    byEmployment {
      key
      label
      count
    }
    revenueFen
    paidOrders
    review {
      onTime
      late
      waiting
      overdue
    }
    seats {
      site {
        id
        name
      }
      rooms
      capacity
      used
    }
    results {
      registered
      sat
      absent
      passed
      passRate
    }
    reportUrl
  }
}
    `) as unknown as TypedDocumentString<ConsoleStatisticsQuery, ConsoleStatisticsQueryVariables>;
export const ConsoleExportsDocument = new TypedDocumentString(`
    query ConsoleExports($sessionCode: String!, $regionCode: String) {
  applicationExports(
    sessionCode: $sessionCode
    regionCode: $regionCode
    first: 20
  ) {
    totalCount
    edges {
      node {
        id
        createdAt
        format
        status
        statusLabel
        rowsDone
        rowsTotal
        progress
        fileName
        fileBytes
        sha256
        error
        downloadUrl
        requestedByName
        fullIdNumbers
        region {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleExportsQuery, ConsoleExportsQueryVariables>;
export const ConsoleStartExportDocument = new TypedDocumentString(`
    mutation ConsoleStartExport($input: StartApplicationExportInput!) {
  startApplicationExport(input: $input) {
    export {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleStartExportMutation, ConsoleStartExportMutationVariables>;
export const ConsoleCreateNoticeDocument = new TypedDocumentString(`
    mutation ConsoleCreateNotice($regionCode: String!, $input: CreateNoticeInput!) {
  createNotice(regionCode: $regionCode, input: $input) {
    notice {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateNoticeMutation, ConsoleCreateNoticeMutationVariables>;
export const ConsoleUpdateNoticeDocument = new TypedDocumentString(`
    mutation ConsoleUpdateNotice($id: ID!, $input: UpdateNoticeInput!) {
  updateNotice(id: $id, input: $input) {
    notice {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateNoticeMutation, ConsoleUpdateNoticeMutationVariables>;
export const ConsoleDisableNoticeDocument = new TypedDocumentString(`
    mutation ConsoleDisableNotice($id: ID!) {
  disableNotice(id: $id) {
    notice {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleDisableNoticeMutation, ConsoleDisableNoticeMutationVariables>;
export const ConsoleFormChoicesDocument = new TypedDocumentString(`
    query ConsoleFormChoices {
  formChoices {
    statuses {
      value
      label
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleFormChoicesQuery, ConsoleFormChoicesQueryVariables>;
export const ConsolePreviewNoticeDocument = new TypedDocumentString(`
    query ConsolePreviewNotice($audience: NoticeAudienceInput!) {
  previewNotice(audience: $audience)
}
    `) as unknown as TypedDocumentString<ConsolePreviewNoticeQuery, ConsolePreviewNoticeQueryVariables>;
export const ConsoleSendNoticeDocument = new TypedDocumentString(`
    mutation ConsoleSendNotice($input: SendNoticeInput!) {
  sendNotice(input: $input) {
    recipients
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleSendNoticeMutation, ConsoleSendNoticeMutationVariables>;
export const ConsoleDeliveryStatisticsDocument = new TypedDocumentString(`
    query ConsoleDeliveryStatistics($regionCode: String) {
  deliveryStatistics(regionCode: $regionCode) {
    channel
    status
    count
  }
}
    `) as unknown as TypedDocumentString<ConsoleDeliveryStatisticsQuery, ConsoleDeliveryStatisticsQueryVariables>;
export const ConsoleAuditLogsDocument = new TypedDocumentString(`
    query ConsoleAuditLogs($first: Int, $after: Cursor, $actorId: ID, $recordId: String, $action: String, $from: Time, $to: Time) {
  auditLogs(
    first: $first
    after: $after
    actorId: $actorId
    recordId: $recordId
    action: $action
    from: $from
    to: $to
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        createdAt
        actorKind
        staffID
        action
        recordType
        recordID
        before
        after
        requestID
        clientIP
        staff {
          id
          username
          displayName
        }
        region {
          code
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleAuditLogsQuery, ConsoleAuditLogsQueryVariables>;
export const ConsoleTicketSearchDocument = new TypedDocumentString(`
    query ConsoleTicketSearch($filter: ReviewQueueFilter) {
  reviewQueue(first: 50, filter: $filter, order: NEWEST_FIRST) {
    totalCount
    edges {
      node {
        id
        name
        idNumberMasked
        region {
          code
          name
        }
        area {
          id
          name
        }
        admissionTicket {
          id
          ticketNumber
          seat
          room {
            id
            code
            site {
              id
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleTicketSearchQuery, ConsoleTicketSearchQueryVariables>;
export const ConsoleAreaRoomsDocument = new TypedDocumentString(`
    query ConsoleAreaRooms($code: String!) {
  region(code: $code) {
    code
    areas {
      id
      sites {
        id
        name
        disabled
        rooms {
          id
          code
          capacity
          disabled
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleAreaRoomsQuery, ConsoleAreaRoomsQueryVariables>;
export const ConsoleMoveSeatDocument = new TypedDocumentString(`
    mutation ConsoleMoveSeat($ticketId: ID!, $roomId: ID!, $seat: Int!, $reason: String!) {
  moveSeat(ticketId: $ticketId, roomId: $roomId, seat: $seat, reason: $reason) {
    ticket {
      id
      ticketNumber
      seat
      room {
        id
        code
        site {
          id
          name
        }
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleMoveSeatMutation, ConsoleMoveSeatMutationVariables>;
export const ConsoleStaffUsersDocument = new TypedDocumentString(`
    query ConsoleStaffUsers($first: Int!, $after: Cursor, $where: StaffUserWhereInput) {
  staffUsers(
    first: $first
    after: $after
    where: $where
    orderBy: {field: CREATED_AT, direction: DESC}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        username
        displayName
        role
        roleLabel
        region {
          code
          name
        }
        totpEnabled
        disabled
        lockedUntil
        lastLoginAt
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleStaffUsersQuery, ConsoleStaffUsersQueryVariables>;
export const ConsoleCreateStaffUserDocument = new TypedDocumentString(`
    mutation ConsoleCreateStaffUser($input: CreateStaffUserInput!) {
  createStaffUser(input: $input) {
    staffUser {
      id
      username
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateStaffUserMutation, ConsoleCreateStaffUserMutationVariables>;
export const ConsoleUpdateStaffUserDocument = new TypedDocumentString(`
    mutation ConsoleUpdateStaffUser($id: ID!, $input: UpdateStaffUserInput!) {
  updateStaffUser(id: $id, input: $input) {
    staffUser {
      id
      displayName
      disabled
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateStaffUserMutation, ConsoleUpdateStaffUserMutationVariables>;
export const ConsoleSentNoticesDocument = new TypedDocumentString(`
    query ConsoleSentNotices($regionCode: String) {
  sentNotices(regionCode: $regionCode, first: 20) {
    id
    title
    sentAt
    sentBy
    messages
    expanded
    session {
      code
      name
    }
    area {
      name
    }
    deliveries {
      channel
      status
      count
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleSentNoticesQuery, ConsoleSentNoticesQueryVariables>;
export const DeskSessionsDocument = new TypedDocumentString(`
    query DeskSessions {
  examSessions {
    code
    name
    registrationOpen
  }
  formChoices {
    statuses {
      value
      label
    }
  }
  rejectionReasons {
    code
    label
    description
  }
}
    `) as unknown as TypedDocumentString<DeskSessionsQuery, DeskSessionsQueryVariables>;
export const DeskRegionsDocument = new TypedDocumentString(`
    query DeskRegions {
  regions {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<DeskRegionsQuery, DeskRegionsQueryVariables>;
export const DeskQueueDocument = new TypedDocumentString(`
    query DeskQueue($first: Int, $after: Cursor, $filter: ReviewQueueFilter, $order: ReviewQueueOrder, $sessionCode: String, $regionCode: String) {
  reviewQueue(first: $first, after: $after, filter: $filter, order: $order) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        version
        name
        idNumberMasked
        status
        statusLabel
        submittedAt
        reviewDeadlineAt
        overdue
        nonLocal
        level
        qualification {
          code
          name
        }
        area {
          name
        }
        session {
          code
          name
        }
        claim {
          reviewerName
          expiresAt
          mine
        }
      }
    }
  }
  reviewCounts(sessionCode: $sessionCode, regionCode: $regionCode) {
    status
    label
    count
  }
}
    `) as unknown as TypedDocumentString<DeskQueueQuery, DeskQueueQueryVariables>;
export const DeskApplicationDocument = new TypedDocumentString(`
    query DeskApplication($id: ID!) {
  node(id: $id) {
    ... on Application {
      id
      version
      status
      statusLabel
      name
      idTypeLabel
      idNumberMasked
      genderLabel
      birthDate
      age
      hukouCode
      title
      titleDate
      employmentLabel
      workUnit
      workStartDate
      educationLabel
      degreeLabel
      graduationDate
      majorRelationLabel
      majorName
      address
      email
      mobile
      landline
      postcode
      nonLocal
      feeTotalFen
      submittedAt
      reviewStartedAt
      reviewDeadlineAt
      decidedAt
      commitmentAcceptedAt
      overdue
      level
      region {
        code
        name
      }
      session {
        code
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
      area {
        name
      }
      photo {
        id
        url
        width
        height
      }
      materials {
        id
        url
        originalName
        contentType
        sizeBytes
        materialKindLabel
      }
      claim {
        reviewerName
        expiresAt
        mine
      }
      rejectionReasons {
        code
        label
      }
      decisions {
        id
        createdAt
        decision
        reasonCodes
        note
      }
      history {
        id
        createdAt
        fromStatusLabel
        toStatusLabel
        actorKindLabel
        reason
      }
    }
  }
  rejectionReasons {
    code
    label
    description
  }
  hukouChoices {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<DeskApplicationQuery, DeskApplicationQueryVariables>;
export const DeskClaimDocument = new TypedDocumentString(`
    mutation DeskClaim($id: ID!) {
  claimApplication(id: $id) {
    claim {
      reviewerName
      expiresAt
      mine
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeskClaimMutation, DeskClaimMutationVariables>;
export const DeskReleaseDocument = new TypedDocumentString(`
    mutation DeskRelease($id: ID!) {
  releaseApplication(id: $id) {
    claim {
      reviewerName
      expiresAt
      mine
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeskReleaseMutation, DeskReleaseMutationVariables>;
export const DeskApproveDocument = new TypedDocumentString(`
    mutation DeskApprove($id: ID!, $version: Int!, $note: String) {
  approveApplication(id: $id, version: $version, note: $note) {
    application {
      id
      version
      status
      statusLabel
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeskApproveMutation, DeskApproveMutationVariables>;
export const DeskRejectDocument = new TypedDocumentString(`
    mutation DeskReject($id: ID!, $version: Int!, $reasonCodes: [String!]!, $note: String) {
  rejectApplication(
    id: $id
    version: $version
    reasonCodes: $reasonCodes
    note: $note
  ) {
    application {
      id
      version
      status
      statusLabel
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeskRejectMutation, DeskRejectMutationVariables>;
export const DeskBulkApproveDocument = new TypedDocumentString(`
    mutation DeskBulkApprove($items: [BulkApproveItem!]!, $note: String) {
  bulkApprove(items: $items, note: $note) {
    applications {
      id
      status
      statusLabel
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeskBulkApproveMutation, DeskBulkApproveMutationVariables>;
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
export const PortalOpenSessionsDocument = new TypedDocumentString(`
    query PortalOpenSessions {
  examSessions {
    code
    name
    registrationOpen
  }
}
    `) as unknown as TypedDocumentString<PortalOpenSessionsQuery, PortalOpenSessionsQueryVariables>;
export const PortalWithdrawApplicationDocument = new TypedDocumentString(`
    mutation PortalWithdrawApplication($id: ID!, $reason: String) {
  withdrawApplication(id: $id, reason: $reason) {
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
      number
      issuedOn
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
      totpEnabled
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
export const SharedChangePasswordDocument = new TypedDocumentString(`
    mutation SharedChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    changed
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SharedChangePasswordMutation, SharedChangePasswordMutationVariables>;
export const SharedBeginTotpSetupDocument = new TypedDocumentString(`
    mutation SharedBeginTotpSetup($currentPassword: String, $totpCode: String) {
  beginTotpSetup(currentPassword: $currentPassword, totpCode: $totpCode) {
    secret
    otpauthUri
    qrCodePng
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SharedBeginTotpSetupMutation, SharedBeginTotpSetupMutationVariables>;
export const SharedConfirmTotpSetupDocument = new TypedDocumentString(`
    mutation SharedConfirmTotpSetup($code: String!) {
  confirmTotpSetup(code: $code) {
    enabled
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SharedConfirmTotpSetupMutation, SharedConfirmTotpSetupMutationVariables>;
export const SharedDisableTotpDocument = new TypedDocumentString(`
    mutation SharedDisableTotp($currentPassword: String!, $totpCode: String!) {
  disableTotp(currentPassword: $currentPassword, totpCode: $totpCode) {
    disabled
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SharedDisableTotpMutation, SharedDisableTotpMutationVariables>;