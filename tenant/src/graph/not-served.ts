/**
 * Parts of Microsoft Graph v1.0 that exist but that the local tenant does not serve. A call to
 * them answers 501 "not supported by the local tenant: <what>", never Graph's "resource not
 * found", so a developer knows it is the stand-in and not their code.
 */
const NOT_SERVED: readonly (readonly [RegExp, string])[] = [
  [/^\/(me|users\/[^/]+)\/(drive|drives)(\/|$)/i, "OneDrive files"],
  [/^\/(drives|sites|shares)(\/|$)/i, "SharePoint sites and files through Graph (use SharePoint REST)"],
  [/^\/(me|users\/[^/]+)\/(messages|mailfolders|sendmail|outlook|inferenceclassification)(\/|$)/i, "mail"],
  [/^\/(me|users\/[^/]+)\/(events|calendar|calendars|calendarview|calendargroups|findmeetingtimes)(\/|$)/i, "calendars"],
  [/^\/(me|users\/[^/]+)\/(contacts|contactfolders|people|insights)(\/|$)/i, "contacts, people and insights"],
  [/^\/(me|users\/[^/]+)\/(manager|directreports|ownedobjects|registereddevices|owneddevices)(\/|$)/i, "managers, reports and owned objects"],
  [/^\/users\/[^/]+\/(memberof|transitivememberof|photo|photos)(\/|$)/i, "another user's groups and photo (only /me's are served)"],
  [/^\/me\/photos?(\/|$)/i, "photo metadata and sizes (only /me/photo/$value is served)"],
  [/^\/(me|users\/[^/]+)\/(joinedteams|chats|teamwork|presence|onlinemeetings|todo|planner|onenote|authentication|settings)(\/|$)/i, "Teams, chats, presence and personal apps"],
  [/^\/(groups|teams|chats|appcatalogs|teamwork)(\/|$)/i, "groups, teams and chats (only the focus group channel's messages are served)"],
  [/^\/(applications|serviceprincipals|devices|organization|directoryobjects|directoryroles|domains|contacts|oauth2permissiongrants|policies|identity|rolemanagement)(\/|$)/i, "directory objects other than users and /me's groups"],
  [/^\/(search|subscriptions|reports|communications|solutions|security|planner|education|print|admin|external|connections|employeeexperience|storage)(\/|$)/i, "this Graph workload"],
];

/** What a Graph path is, when Graph serves it and the local tenant does not. */
export function notServedByGraph(path: string): string | undefined {
  return NOT_SERVED.find(([pattern]) => pattern.test(path))?.[1];
}
