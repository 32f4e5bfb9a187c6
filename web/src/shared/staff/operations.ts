// The staff account's own operations: password and second factor (账户安全).
import { graphql } from '../../gql';

export const SharedChangePasswordMutation = graphql(`
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
`);

export const SharedBeginTotpSetupMutation = graphql(`
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
`);

export const SharedConfirmTotpSetupMutation = graphql(`
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
`);

export const SharedDisableTotpMutation = graphql(`
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
`);
