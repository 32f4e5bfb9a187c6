import { graphql } from '../../gql';

export const PortalApplicationFieldsFragment = graphql(`
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
`);

export const PortalApplyFormQuery = graphql(`
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
`);

export const PortalSaveApplicationMutation = graphql(`
  mutation PortalSaveApplication($sessionCode: String, $id: ID, $version: Int, $input: ApplicationInput!) {
    saveApplication(sessionCode: $sessionCode, id: $id, version: $version, input: $input) {
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
`);

export const PortalSubmitApplicationMutation = graphql(`
  mutation PortalSubmitApplication($id: ID!, $version: Int, $commitmentAccepted: Boolean, $idempotencyKey: String) {
    submitApplication(id: $id, version: $version, commitmentAccepted: $commitmentAccepted, idempotencyKey: $idempotencyKey) {
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
`);

export const PortalSavePhotoMutation = graphql(`
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
`);

export const PortalUploadMaterialMutation = graphql(`
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
`);

export const PortalOpenSessionsQuery = graphql(`
  query PortalOpenSessions {
    examSessions {
      code
      name
      registrationOpen
    }
  }
`);

export const PortalWithdrawApplicationMutation = graphql(`
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
`);
