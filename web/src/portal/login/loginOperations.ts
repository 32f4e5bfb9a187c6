import { graphql } from '../../gql';

export const PortalStartLoginMutation = graphql(`
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
`);

export const PortalPollLoginMutation = graphql(`
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
`);

export const PortalSimulateAppMutation = graphql(`
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
`);

export const PortalPrivacyNoticeQuery = graphql(`
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
`);

export const PortalGiveConsentMutation = graphql(`
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
`);
