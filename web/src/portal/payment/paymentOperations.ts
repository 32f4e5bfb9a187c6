import { graphql } from '../../gql';

export const PortalPaymentFieldsFragment = graphql(`
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
`);

export const PortalPaymentsQuery = graphql(`
  query PortalPayments {
    myApplications {
      ...PortalPaymentFields
    }
  }
`);

export const PortalPayMutation = graphql(`
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
`);

export const PortalRefreshPaymentMutation = graphql(`
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
`);
