/**
 * Parts of SharePoint REST that exist but that the local tenant does not serve. A call to them
 * answers 501 "not supported by the local tenant: <what>", never "not found", so a developer
 * knows the stand-in is the limit and not their code.
 */
const LIST = String.raw`(?:web/)?lists(?:/getbytitle\('(?:[^']|'')*'\)|\(guid'[0-9a-f-]{36}'\)|\('[0-9a-f-]{36}'\))`;
const ITEM = String.raw`/items\(\d+\)`;

const NOT_SERVED: readonly (readonly [RegExp, string])[] = [
  [/^(?:web\/)?(?:getfolderbyserverrelativeurl|getfolderbyserverrelativepath|getfolderbyid|folders|rootfolder)(?:[/(]|$)/i, "folders"],
  [/^(?:web\/)?(?:getfilebyserverrelativeurl|getfilebyserverrelativepath|getfilebyid|getfilebyurl|files)(?:[/(]|$)/i, "files"],
  [/^(?:web\/)?(?:getlist|getlistusingpath|getlistbyurl)(?:[/(]|$)/i, "finding lists by URL (use getByTitle or the list's id)"],
  [new RegExp(`^${LIST}/(?:rootfolder|folders)(?:[/(]|$)`, "i"), "folders"],
  [new RegExp(`^${LIST}/(?:views|defaultview|getview)`, "i"), "views"],
  [/(?:^|\/)(?:contenttypes|availablecontenttypes)(?:[/(]|$)/i, "content types"],
  [new RegExp(`^${LIST}/(?:getitems|renderlistdataasstream|renderlistdata|renderlistformdata)$`, "i"), "CAML queries (getitems, RenderListDataAsStream)"],
  [new RegExp(`^${LIST}/(?:items/)?(?:getchanges|getlistitemchangessincetoken)`, "i"), "change queries"],
  [new RegExp(`^${LIST}${ITEM}/(?:attachmentfiles)`, "i"), "attachments"],
  [new RegExp(`^${LIST}${ITEM}/(?:fieldvaluesastext|fieldvaluesashtml|fieldvaluesforedit|file|folder|contenttype|properties|likedbyinformation|getwopiframeurl)$`, "i"), "this part of a list item"],
  [new RegExp(`^${LIST}${ITEM}/(?:validateupdatelistitem|systemupdate|updateoverwriteversion|setcomplianceTag|getdlppolicytip)`, "i"), "this list item method (update the item with MERGE)"],
  [new RegExp(`^${LIST}/(?:additemusingpath|addvalidateupdateitemusingpath|getitembyid|getitembystringid|getitembyuniqueid)`, "i"), "this list method (use items and items(id))"],
  [/(?:^|\/)(?:roleassignments|breakroleinheritance|resetroleinheritance|roledefinitions|getusereffectivepermissions|firstuniqueancestorsecurableobject)(?:[/(]|$)/i, "permission management"],
  [/^(?:web\/)?(?:sitegroups|associatedownergroup|associatedmembergroup|associatedvisitorgroup)(?:[/(]|$)/i, "site groups"],
  [/^web\/siteusers\/(?:removebyid|removebyloginname|add)/i, "adding or removing site users (ensureUser is served)"],
  [/^web\/siteusers\(.*\)\/groups/i, "site groups"],
  [/^(?:web\/)?(?:webs|getsubwebsfilteredforcurrentuser|webinfos)(?:[/(]|$)/i, "subsites"],
  [/^(?:web\/)?(?:navigation|features|allproperties|recyclebin|regionalsettings|usercustomactions|eventreceivers|workflowassociations|themeinfo|getchanges)(?:[/(]|$)/i, "this part of the web"],
  [new RegExp(`^${LIST}/(?:recyclebin|eventreceivers|usercustomactions|forms|informationrightsmanagementsettings|subscriptions|workflowassociations)(?:[/(]|$)`, "i"), "this part of a list"],
  [/^(?:search|sp\.userprofiles\.peoplemanager|sp\.utilities|sp\.ui|sp\.taxonomy|sp\.publishing|sp\.apps|signalr|microsoft\.sharepoint|sitepages|v2\.0|site)(?:[/.(]|$)/i, "this SharePoint API (only web, lists, fields, items, users and $batch are served)"],
];

/** What a SharePoint REST path is, when SharePoint serves it and the local tenant does not. */
export function notServedBySharePoint(path: string): string | undefined {
  return NOT_SERVED.find(([pattern]) => pattern.test(path))?.[1];
}
