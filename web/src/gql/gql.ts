/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SharedMe {\n    me {\n      kind\n      totpEnrolmentRequired\n      sessionExpiresAt\n      candidate {\n        id\n        name\n        idType\n        idTypeLabel\n        idNumber\n      }\n      staff {\n        id\n        username\n        displayName\n        role\n        roleLabel\n        region {\n          code\n          name\n        }\n      }\n      pendingPrivacyNotice {\n        version\n        title\n      }\n    }\n  }\n": typeof types.SharedMeDocument,
    "\n  mutation SharedStaffLogin($input: StaffLoginInput!) {\n    staffLogin(input: $input) {\n      session {\n        token\n      }\n      totpEnrolmentRequired\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.SharedStaffLoginDocument,
    "\n  mutation SharedLogout {\n    logout {\n      loggedOut\n    }\n  }\n": typeof types.SharedLogoutDocument,
};
const documents: Documents = {
    "\n  query SharedMe {\n    me {\n      kind\n      totpEnrolmentRequired\n      sessionExpiresAt\n      candidate {\n        id\n        name\n        idType\n        idTypeLabel\n        idNumber\n      }\n      staff {\n        id\n        username\n        displayName\n        role\n        roleLabel\n        region {\n          code\n          name\n        }\n      }\n      pendingPrivacyNotice {\n        version\n        title\n      }\n    }\n  }\n": types.SharedMeDocument,
    "\n  mutation SharedStaffLogin($input: StaffLoginInput!) {\n    staffLogin(input: $input) {\n      session {\n        token\n      }\n      totpEnrolmentRequired\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.SharedStaffLoginDocument,
    "\n  mutation SharedLogout {\n    logout {\n      loggedOut\n    }\n  }\n": types.SharedLogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedMe {\n    me {\n      kind\n      totpEnrolmentRequired\n      sessionExpiresAt\n      candidate {\n        id\n        name\n        idType\n        idTypeLabel\n        idNumber\n      }\n      staff {\n        id\n        username\n        displayName\n        role\n        roleLabel\n        region {\n          code\n          name\n        }\n      }\n      pendingPrivacyNotice {\n        version\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').SharedMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedStaffLogin($input: StaffLoginInput!) {\n    staffLogin(input: $input) {\n      session {\n        token\n      }\n      totpEnrolmentRequired\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').SharedStaffLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedLogout {\n    logout {\n      loggedOut\n    }\n  }\n"): typeof import('./graphql').SharedLogoutDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
