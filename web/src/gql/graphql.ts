/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** IDType is enum for the field id_type */
export type IdType =
  | 'CHINESE_PASSPORT'
  | 'FOREIGN_PERMANENT_RESIDENT_ID'
  | 'HK_MACAO_RESIDENCE_PERMIT'
  | 'HK_MACAO_TRAVEL_PERMIT'
  | 'RESIDENT_ID'
  | 'TAIWAN_RESIDENCE_PERMIT'
  | 'TAIWAN_TRAVEL_PERMIT';

/** Role is enum for the field role */
export type Role =
  | 'EXAM_STAFF'
  | 'NATIONAL_ADMIN'
  | 'REGION_ADMIN'
  | 'REVIEWER';

export type StaffLoginInput = {
  password: string;
  /** The 6-digit code of the authenticator app, when the second factor is on. */
  totpCode?: string | null | undefined;
  username: string;
};

export type ViewerKind =
  | 'CANDIDATE'
  | 'STAFF';

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