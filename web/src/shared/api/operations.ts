// Operations every area uses. Name operations after their area (Shared…,
// Portal…, Desk…, Console…): codegen needs them unique across web/src.
import { graphql } from '../../gql';

export const SharedMeQuery = graphql(`
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
`);

export const SharedStaffLoginMutation = graphql(`
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
`);

export const SharedLogoutMutation = graphql(`
  mutation SharedLogout {
    logout {
      loggedOut
    }
  }
`);
