// The provincial / national console's operations (管理后台).
import { graphql } from '../gql';

export const ConsoleScopeQuery = graphql(`
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
`);

export const ConsoleRegionQuery = graphql(`
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
`);

export const ConsoleUpdatePolicyMutation = graphql(`
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
`);

export const ConsoleCreateAreaMutation = graphql(`
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
`);

export const ConsoleUpdateAreaMutation = graphql(`
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
`);

export const ConsoleCreateSiteMutation = graphql(`
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
`);

export const ConsoleUpdateSiteMutation = graphql(`
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
`);

export const ConsoleCreateRoomMutation = graphql(`
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
`);

export const ConsoleUpdateRoomMutation = graphql(`
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
`);

export const ConsoleSeatPlanRunsQuery = graphql(`
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
`);

export const ConsoleRunSeatPlanMutation = graphql(`
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
`);

export const ConsolePublishSeatPlanMutation = graphql(`
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
`);

export const ConsoleStatisticsQuery = graphql(`
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
`);

export const ConsoleExportsQuery = graphql(`
  query ConsoleExports($sessionCode: String!, $regionCode: String) {
    applicationExports(sessionCode: $sessionCode, regionCode: $regionCode, first: 20) {
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
`);

export const ConsoleStartExportMutation = graphql(`
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
`);

export const ConsoleCreateNoticeMutation = graphql(`
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
`);

export const ConsoleUpdateNoticeMutation = graphql(`
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
`);

export const ConsoleDisableNoticeMutation = graphql(`
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
`);

export const ConsoleFormChoicesQuery = graphql(`
  query ConsoleFormChoices {
    formChoices {
      statuses {
        value
        label
      }
    }
  }
`);

export const ConsolePreviewNoticeQuery = graphql(`
  query ConsolePreviewNotice($audience: NoticeAudienceInput!) {
    previewNotice(audience: $audience)
  }
`);

export const ConsoleSendNoticeMutation = graphql(`
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
`);

export const ConsoleDeliveryStatisticsQuery = graphql(`
  query ConsoleDeliveryStatistics($regionCode: String) {
    deliveryStatistics(regionCode: $regionCode) {
      channel
      status
      count
    }
  }
`);

export const ConsoleAuditLogsQuery = graphql(`
  query ConsoleAuditLogs($first: Int, $after: Cursor, $actorId: ID, $recordId: String, $action: String, $from: Time, $to: Time) {
    auditLogs(first: $first, after: $after, actorId: $actorId, recordId: $recordId, action: $action, from: $from, to: $to) {
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
`);

export const ConsoleTicketSearchQuery = graphql(`
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
`);

export const ConsoleAreaRoomsQuery = graphql(`
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
`);

export const ConsoleMoveSeatMutation = graphql(`
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
`);
