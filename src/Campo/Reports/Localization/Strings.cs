// The keys of Strings.resx, one constant each. A test checks that this list and the resources agree:
// add a key to Strings.resx, Strings.es.resx, Strings.fr.resx and Strings.pt.resx, then its constant here.
using System.Resources;

namespace Campo.Reports.Localization;

/// <summary>
/// The keys of Campo's user-facing strings (Strings.resx and its translations), as constants, and the resource
/// manager that reads them. Read a string through <see cref="ReportText"/>, naming its key with
/// <c>nameof(Strings.Key)</c>.
/// </summary>
public static class Strings
{
    /// <summary>The resources of every language (satellite assemblies es, fr, pt; English in the main assembly).</summary>
    public static ResourceManager ResourceManager { get; } = new("Campo.Reports.Localization.Strings", typeof(Strings).Assembly);

    /// <summary>The agreement's schedule (the terms as the draft file states them, in English)</summary>
    public const string Agreement_Caption = nameof(Agreement_Caption);

    /// <summary>{0} → {1}</summary>
    public const string Agreement_Flow = nameof(Agreement_Flow);

    /// <summary>Parties: {0}. In force from {1}; the transition ends in {2}. Each year is modelled agai...</summary>
    public const string Agreement_Lead = nameof(Agreement_Lead);

    /// <summary>Flows the agreement does not name keep their base tariffs. The tariff on the last tonne...</summary>
    public const string Agreement_Note = nameof(Agreement_Note);

    /// <summary>{0}, quota from {1} into {2}, year by year (thousand tonnes; tariffs in percent, ad val...</summary>
    public const string Agreement_QuotaCaption = nameof(Agreement_QuotaCaption);

    /// <summary>{0}: the tariff-rate quota from {1} into {2}</summary>
    public const string Agreement_QuotaTitle = nameof(Agreement_QuotaTitle);

    /// <summary>What the agreement asks, flow by flow</summary>
    public const string Agreement_Title = nameof(Agreement_Title);

    /// <summary>The server is busy</summary>
    public const string Api_Busy = nameof(Api_Busy);

    /// <summary>{0} runs are already waiting; try again in {1} s (Retry-After).</summary>
    public const string Api_BusyDetail = nameof(Api_BusyDetail);

    /// <summary>The run is no longer kept</summary>
    public const string Api_Evicted = nameof(Api_Evicted);

    /// <summary>The run "{0}" finished but was removed to make room for newer runs (the server keeps at most {1} run...</summary>
    public const string Api_EvictedDetail = nameof(Api_EvictedDetail);

    /// <summary>a text in double quotes</summary>
    public const string Api_ExpectText = nameof(Api_ExpectText);

    /// <summary>true or false</summary>
    public const string Api_ExpectTrueFalse = nameof(Api_ExpectTrueFalse);

    /// <summary>a whole number from {0} to {1}</summary>
    public const string Api_ExpectWholeNumber = nameof(Api_ExpectWholeNumber);

    /// <summary>The request cannot be run</summary>
    public const string Api_InvalidRequest = nameof(Api_InvalidRequest);

    /// <summary>The request cannot be read</summary>
    public const string Api_Malformed = nameof(Api_Malformed);

    /// <summary>{0}: the value cannot be read (line {1}, column {2}); expected {3}.</summary>
    public const string Api_MalformedField = nameof(Api_MalformedField);

    /// <summary>The body is not valid JSON (line {0}, column {1}); expected an object such as {2}.</summary>
    public const string Api_MalformedJson = nameof(Api_MalformedJson);

    /// <summary>file: the form has no file; send the scenario file in the field "file".</summary>
    public const string Api_MissingFile = nameof(Api_MissingFile);

    /// <summary>The run has not finished</summary>
    public const string Api_NotFinished = nameof(Api_NotFinished);

    /// <summary>The run is {0}; ask again when its state is done.</summary>
    public const string Api_NotFinishedDetail = nameof(Api_NotFinishedDetail);

    /// <summary>The body must be a multipart form (Content-Type: multipart/form-data) with the scenario in the field...</summary>
    public const string Api_NotForm = nameof(Api_NotForm);

    /// <summary>The body must be JSON (Content-Type: application/json); expected an object such as {0}.</summary>
    public const string Api_NotJson = nameof(Api_NotJson);

    /// <summary>The run failed</summary>
    public const string Api_RunFailed = nameof(Api_RunFailed);

    /// <summary>The request was refused ({0})</summary>
    public const string Api_Status = nameof(Api_Status);

    /// <summary>The file is too large</summary>
    public const string Api_TooLarge = nameof(Api_TooLarge);

    /// <summary>The scenario file has {0} bytes; the server accepts at most {1}.</summary>
    public const string Api_TooLargeDetail = nameof(Api_TooLargeDetail);

    /// <summary>The scenario file is larger than the {0} bytes the server accepts.</summary>
    public const string Api_TooLargeUnknown = nameof(Api_TooLargeUnknown);

    /// <summary>An API key is needed</summary>
    public const string Api_Unauthorized = nameof(Api_Unauthorized);

    /// <summary>This server asks for an API key: send it in the header X-Api-Key (or Authorization: Bearer KEY).</summary>
    public const string Api_UnauthorizedDetail = nameof(Api_UnauthorizedDetail);

    /// <summary>No such run</summary>
    public const string Api_UnknownRun = nameof(Api_UnknownRun);

    /// <summary>No run has the id "{0}"; runs are kept until {1} newer runs have been made.</summary>
    public const string Api_UnknownRunDetail = nameof(Api_UnknownRunDetail);

    /// <summary>The 90% bands come from {0} Monte Carlo draws ({1} converged; seed {2}) of the supply a...</summary>
    public const string Assumptions_Bands = nameof(Assumptions_Bands);

    /// <summary>Numbers of the draft file still to verify ({0}) and assumptions ({1}), as the file stat...</summary>
    public const string Assumptions_FlaggedCaption = nameof(Assumptions_FlaggedCaption);

    /// <summary>No Monte Carlo draws: the figures are central results without bands.</summary>
    public const string Assumptions_NoBands = nameof(Assumptions_NoBands);

    /// <summary>The draft file marks none of its numbers as still to verify or assumed.</summary>
    public const string Assumptions_NoneFlagged = nameof(Assumptions_NoneFlagged);

    /// <summary>Not every world market cleared ({0} commodities, {1} regional markets, largest relative...</summary>
    public const string Assumptions_NotSolved = nameof(Assumptions_NotSolved);

    /// <summary>Notes from the data and the model ({0}), in English as the model writes them</summary>
    public const string Assumptions_Notes = nameof(Assumptions_Notes);

    /// <summary>All {0} world markets cleared ({1} regional markets; largest relative residual {2}; {3}...</summary>
    public const string Assumptions_Solved = nameof(Assumptions_Solved);

    /// <summary>What the results rest on</summary>
    public const string Assumptions_Title = nameof(Assumptions_Title);

    /// <summary>All products together, in {0}: {1}; {2}; {3}.</summary>
    public const string Brief_AllProducts = nameof(Brief_AllProducts);

    /// <summary>(90% band: {0} million dollars)</summary>
    public const string Brief_Band = nameof(Brief_Band);

    /// <summary>These figures rest on {0} numbers of the draft file still to verify and {1} assumptions...</summary>
    public const string Brief_Caveat = nameof(Brief_Caveat);

    /// <summary>These figures rest on {0} numbers of the draft file still to verify and {1} assumptions...</summary>
    public const string Brief_CaveatRegional = nameof(Brief_CaveatRegional);

    /// <summary>consumers gain about {0}</summary>
    public const string Brief_ConsumersGain = nameof(Brief_ConsumersGain);

    /// <summary>consumers lose about {0}</summary>
    public const string Brief_ConsumersLose = nameof(Brief_ConsumersLose);

    /// <summary>consumers see almost no change ({0})</summary>
    public const string Brief_ConsumersSame = nameof(Brief_ConsumersSame);

    /// <summary>In all, {0} gains about {1} a year.</summary>
    public const string Brief_CountryGains = nameof(Brief_CountryGains);

    /// <summary>In all, {0} loses about {1} a year.</summary>
    public const string Brief_CountryLoses = nameof(Brief_CountryLoses);

    /// <summary>In all, {0} sees almost no change ({1}).</summary>
    public const string Brief_CountrySame = nameof(Brief_CountrySame);

    /// <summary>farmers gain about {0}</summary>
    public const string Brief_FarmersGain = nameof(Brief_FarmersGain);

    /// <summary>farmers lose about {0}</summary>
    public const string Brief_FarmersLose = nameof(Brief_FarmersLose);

    /// <summary>farmers see almost no change ({0})</summary>
    public const string Brief_FarmersSame = nameof(Brief_FarmersSame);

    /// <summary>{0} {1}</summary>
    public const string Brief_GroupItem = nameof(Brief_GroupItem);

    /// <summary>By group of members, in all (million US dollars a year): {0}.</summary>
    public const string Brief_Groups = nameof(Brief_Groups);

    /// <summary>The largest gain goes to {0} (about {1} a year); the largest loss falls on {2} (about {...</summary>
    public const string Brief_LargestGainLoss = nameof(Brief_LargestGainLoss);

    /// <summary>Under this draft, {0} farmers in {1} gain about {2} a year.</summary>
    public const string Brief_LeadGain = nameof(Brief_LeadGain);

    /// <summary>Under this draft, {0} farmers in {1} lose about {2} a year.</summary>
    public const string Brief_LeadLose = nameof(Brief_LeadLose);

    /// <summary>{0} ({1})</summary>
    public const string Brief_PriceItem = nameof(Brief_PriceItem);

    /// <summary>World prices move most for {0}.</summary>
    public const string Brief_Prices = nameof(Brief_Prices);

    /// <summary>The figures shown for {0} are those of the market region {1}, which the model treats as...</summary>
    public const string Brief_RegionNote = nameof(Brief_RegionNote);

    /// <summary>In brief</summary>
    public const string Brief_Title = nameof(Brief_Title);

    /// <summary>treasuries gain about {0}</summary>
    public const string Brief_TreasuriesGain = nameof(Brief_TreasuriesGain);

    /// <summary>treasuries lose about {0}</summary>
    public const string Brief_TreasuriesLose = nameof(Brief_TreasuriesLose);

    /// <summary>treasuries see almost no change ({0})</summary>
    public const string Brief_TreasuriesSame = nameof(Brief_TreasuriesSame);

    /// <summary>the treasury gains about {0}</summary>
    public const string Brief_TreasuryGains = nameof(Brief_TreasuryGains);

    /// <summary>the treasury loses about {0}</summary>
    public const string Brief_TreasuryLoses = nameof(Brief_TreasuryLoses);

    /// <summary>the treasury sees almost no change ({0})</summary>
    public const string Brief_TreasurySame = nameof(Brief_TreasurySame);

    /// <summary>Worldwide, every year: {0}; {1}; {2}; in all, {3}.</summary>
    public const string Brief_World = nameof(Brief_World);

    /// <summary>the world gains about {0}</summary>
    public const string Brief_WorldGains = nameof(Brief_WorldGains);

    /// <summary>the world loses about {0}</summary>
    public const string Brief_WorldLoses = nameof(Brief_WorldLoses);

    /// <summary>the world sees almost no change ({0})</summary>
    public const string Brief_WorldSame = nameof(Brief_WorldSame);

    /// <summary>The four coalitions together</summary>
    public const string Cancun_AllRejecters = nameof(Cancun_AllRejecters);

    /// <summary>Members predicted to do what they did: object for the coalitions that rejected the draf...</summary>
    public const string Cancun_Caption = nameof(Cancun_Caption);

    /// <summary>What happened: the Cancún ministerial conference closed on 14 September 2003 without co...</summary>
    public const string Cancun_Event = nameof(Cancun_Event);

    /// <summary>Of the {0} members of the coalitions that rejected the draft, {1} ({2}) are predicted t...</summary>
    public const string Cancun_Finding = nameof(Cancun_Finding);

    /// <summary>The prediction matches the record more often than not on both sides.</summary>
    public const string Cancun_Matches = nameof(Cancun_Matches);

    /// <summary>The prediction does not match the record on the accepting side: a finding about the mod...</summary>
    public const string Cancun_MissAccepting = nameof(Cancun_MissAccepting);

    /// <summary>The prediction does not match the record on either side: a finding about the model's pa...</summary>
    public const string Cancun_MissBoth = nameof(Cancun_MissBoth);

    /// <summary>The prediction does not match the record on the rejecting side: a finding about the mod...</summary>
    public const string Cancun_MissRejecting = nameof(Cancun_MissRejecting);

    /// <summary>Other members</summary>
    public const string Cancun_Others = nameof(Cancun_Others);

    /// <summary>Where the record comes from (in English)</summary>
    public const string Cancun_Sources = nameof(Cancun_Sources);

    /// <summary>The prediction against what happened at Cancún</summary>
    public const string Cancun_Title = nameof(Cancun_Title);

    /// <summary>90% band</summary>
    public const string Chart_BandLegend = nameof(Chart_BandLegend);

    /// <summary>better under B</summary>
    public const string Chart_BetterUnderB = nameof(Chart_BetterUnderB);

    /// <summary>central estimate</summary>
    public const string Chart_Central = nameof(Chart_Central);

    /// <summary>gain</summary>
    public const string Chart_Gain = nameof(Chart_Gain);

    /// <summary>loss</summary>
    public const string Chart_Loss = nameof(Chart_Loss);

    /// <summary>worse under B</summary>
    public const string Chart_WorseUnderB = nameof(Chart_WorseUnderB);





    /// <summary>Coalitions' positions</summary>
    public const string Coalitions_Caption = nameof(Coalitions_Caption);

    /// <summary>How each coalition with a common position decides under the rule “{0}”.</summary>
    public const string Coalitions_Lead = nameof(Coalitions_Lead);



    /// <summary>Coalitions</summary>
    public const string Coalitions_Title = nameof(Coalitions_Title);

    /// <summary>Agreement: farmers</summary>
    public const string Col_AgreementFarmers = nameof(Col_AgreementFarmers);

    /// <summary>Agreement: per tonne</summary>
    public const string Col_AgreementPerTonne = nameof(Col_AgreementPerTonne);

    /// <summary>Agreement: producer price</summary>
    public const string Col_AgreementPrice = nameof(Col_AgreementPrice);

    /// <summary>{0}, applied</summary>
    public const string Col_AppliedIn = nameof(Col_AppliedIn);

    /// <summary>90% band</summary>
    public const string Col_Band = nameof(Col_Band);

    /// <summary>Base tariff</summary>
    public const string Col_BaseTariff = nameof(Col_BaseTariff);

    /// <summary>Bias, applied</summary>
    public const string Col_BiasApplied = nameof(Col_BiasApplied);

    /// <summary>Bias, legal</summary>
    public const string Col_BiasLegal = nameof(Col_BiasLegal);

    /// <summary>Both: producer price</summary>
    public const string Col_BothPrice = nameof(Col_BothPrice);

    /// <summary>Change</summary>
    public const string Col_Change = nameof(Col_Change);

    /// <summary>Change under A</summary>
    public const string Col_ChangeA = nameof(Col_ChangeA);

    /// <summary>Change under B</summary>
    public const string Col_ChangeB = nameof(Col_ChangeB);

    /// <summary>Coalition</summary>
    public const string Col_Coalition = nameof(Col_Coalition);

    /// <summary>Coalitions</summary>
    public const string Col_Coalitions = nameof(Col_Coalitions);

    /// <summary>Commodity</summary>
    public const string Col_Commodity = nameof(Col_Commodity);

    /// <summary>Consumers</summary>
    public const string Col_Consumers = nameof(Col_Consumers);

    /// <summary>Consumers, A</summary>
    public const string Col_ConsumersA = nameof(Col_ConsumersA);

    /// <summary>Consumers, B</summary>
    public const string Col_ConsumersB = nameof(Col_ConsumersB);

    /// <summary>B − A</summary>
    public const string Col_Difference = nameof(Col_Difference);

    /// <summary>Draft: farmers</summary>
    public const string Col_DraftFarmers = nameof(Col_DraftFarmers);

    /// <summary>Draft: per tonne</summary>
    public const string Col_DraftPerTonne = nameof(Col_DraftPerTonne);

    /// <summary>Draft: producer price</summary>
    public const string Col_DraftPrice = nameof(Col_DraftPrice);

    /// <summary>Draft: tariff</summary>
    public const string Col_DraftTariff = nameof(Col_DraftTariff);

    /// <summary>US dumping margin</summary>
    public const string Col_DumpingMargin = nameof(Col_DumpingMargin);

    /// <summary>Estimate</summary>
    public const string Col_Estimate = nameof(Col_Estimate);

    /// <summary>Export subsidy cut</summary>
    public const string Col_ExportSubsidyCut = nameof(Col_ExportSubsidyCut);

    /// <summary>Farmers</summary>
    public const string Col_Farmers = nameof(Col_Farmers);

    /// <summary>Farmers, A</summary>
    public const string Col_FarmersA = nameof(Col_FarmersA);

    /// <summary>Farmers, B</summary>
    public const string Col_FarmersB = nameof(Col_FarmersB);

    /// <summary>Farmers, {0}</summary>
    public const string Col_FarmersUnder = nameof(Col_FarmersUnder);

    /// <summary>Flow</summary>
    public const string Col_Flow = nameof(Col_Flow);

    /// <summary>Tariff formula</summary>
    public const string Col_Formula = nameof(Col_Formula);

    /// <summary>Group</summary>
    public const string Col_Group = nameof(Col_Group);

    /// <summary>Imports, model, applied</summary>
    public const string Col_ImportsApplied = nameof(Col_ImportsApplied);

    /// <summary>Imports, model, legal</summary>
    public const string Col_ImportsLegal = nameof(Col_ImportsLegal);

    /// <summary>Imports observed</summary>
    public const string Col_ImportsObserved = nameof(Col_ImportsObserved);

    /// <summary>In-quota tariff</summary>
    public const string Col_InQuota = nameof(Col_InQuota);

    /// <summary>Key in the draft file</summary>
    public const string Col_Key = nameof(Col_Key);

    /// <summary>Last tonne, applied</summary>
    public const string Col_LastTonneApplied = nameof(Col_LastTonneApplied);

    /// <summary>Last tonne, legal</summary>
    public const string Col_LastTonneLegal = nameof(Col_LastTonneLegal);

    /// <summary>{0}, legal</summary>
    public const string Col_LegalIn = nameof(Col_LegalIn);

    /// <summary>MAPE, applied</summary>
    public const string Col_MapeApplied = nameof(Col_MapeApplied);

    /// <summary>MAPE, legal</summary>
    public const string Col_MapeLegal = nameof(Col_MapeLegal);

    /// <summary>Member</summary>
    public const string Col_Member = nameof(Col_Member);

    /// <summary>Members</summary>
    public const string Col_Members = nameof(Col_Members);

    /// <summary>Members present</summary>
    public const string Col_MembersPresent = nameof(Col_MembersPresent);

    /// <summary>Number</summary>
    public const string Col_Number = nameof(Col_Number);

    /// <summary>Objecting on their own</summary>
    public const string Col_ObjectingAlone = nameof(Col_ObjectingAlone);

    /// <summary>Objects in the draws</summary>
    public const string Col_ObjectsInDraws = nameof(Col_ObjectsInDraws);

    /// <summary>Over-quota tariff, applied</summary>
    public const string Col_OverQuotaApplied = nameof(Col_OverQuotaApplied);

    /// <summary>Over-quota tariff, legal</summary>
    public const string Col_OverQuotaLegal = nameof(Col_OverQuotaLegal);

    /// <summary>Position</summary>
    public const string Col_Position = nameof(Col_Position);

    /// <summary>Predicted to do it</summary>
    public const string Col_PredictedAsRecorded = nameof(Col_PredictedAsRecorded);

    /// <summary>Weights, threshold, red lines</summary>
    public const string Col_Preferences = nameof(Col_Preferences);

    /// <summary>2005 price</summary>
    public const string Col_PriceBase = nameof(Col_PriceBase);

    /// <summary>{0} price</summary>
    public const string Col_PriceBasePeriod = nameof(Col_PriceBasePeriod);

    /// <summary>Price with the draft</summary>
    public const string Col_PriceDraft = nameof(Col_PriceDraft);

    /// <summary>Producer price</summary>
    public const string Col_ProducerPrice = nameof(Col_ProducerPrice);

    /// <summary>Producer price, applied</summary>
    public const string Col_ProducerPriceApplied = nameof(Col_ProducerPriceApplied);

    /// <summary>Producer price, legal</summary>
    public const string Col_ProducerPriceLegal = nameof(Col_ProducerPriceLegal);

    /// <summary>Quota (thousand t)</summary>
    public const string Col_QuotaKt = nameof(Col_QuotaKt);

    /// <summary>Quota rents</summary>
    public const string Col_QuotaRent = nameof(Col_QuotaRent);

    /// <summary>What they did</summary>
    public const string Col_Recorded = nameof(Col_Recorded);

    /// <summary>Member or region</summary>
    public const string Col_Region = nameof(Col_Region);

    /// <summary>Regions</summary>
    public const string Col_Regions = nameof(Col_Regions);

    /// <summary>Regions where farmers lose</summary>
    public const string Col_RegionsFarmersLose = nameof(Col_RegionsFarmersLose);

    /// <summary>Status</summary>
    public const string Col_Reliability = nameof(Col_Reliability);

    /// <summary>Series</summary>
    public const string Col_Series = nameof(Col_Series);

    /// <summary>Share</summary>
    public const string Col_Share = nameof(Col_Share);

    /// <summary>Share, own positions</summary>
    public const string Col_ShareAlone = nameof(Col_ShareAlone);

    /// <summary>Source or reason, as the file gives it</summary>
    public const string Col_SourceOrReason = nameof(Col_SourceOrReason);

    /// <summary>Standard error</summary>
    public const string Col_StandardError = nameof(Col_StandardError);

    /// <summary>Development status</summary>
    public const string Col_Status = nameof(Col_Status);

    /// <summary>Support cut</summary>
    public const string Col_SupportCut = nameof(Col_SupportCut);

    /// <summary>Applied tariff after</summary>
    public const string Col_TariffAfter = nameof(Col_TariffAfter);

    /// <summary>Applied tariff, A</summary>
    public const string Col_TariffAfterA = nameof(Col_TariffAfterA);

    /// <summary>Applied tariff, B</summary>
    public const string Col_TariffAfterB = nameof(Col_TariffAfterB);

    /// <summary>Applied tariff before</summary>
    public const string Col_TariffBefore = nameof(Col_TariffBefore);

    /// <summary>Terms</summary>
    public const string Col_Terms = nameof(Col_Terms);

    /// <summary>Total</summary>
    public const string Col_Total = nameof(Col_Total);

    /// <summary>Total, A</summary>
    public const string Col_TotalA = nameof(Col_TotalA);

    /// <summary>Total, B</summary>
    public const string Col_TotalB = nameof(Col_TotalB);

    /// <summary>Treasury</summary>
    public const string Col_Treasury = nameof(Col_Treasury);

    /// <summary>Value</summary>
    public const string Col_Value = nameof(Col_Value);

    /// <summary>Weighted payoff</summary>
    public const string Col_WeightedPayoff = nameof(Col_WeightedPayoff);

    /// <summary>What</summary>
    public const string Col_What = nameof(Col_What);

    /// <summary>Who</summary>
    public const string Col_Who = nameof(Col_Who);

    /// <summary>Why</summary>
    public const string Col_Why = nameof(Col_Why);

    /// <summary>With a position of their own</summary>
    public const string Col_WithPosition = nameof(Col_WithPosition);

    /// <summary>Year</summary>
    public const string Col_Year = nameof(Col_Year);

    /// <summary>Years</summary>
    public const string Col_Years = nameof(Col_Years);

    /// <summary>Asked of {0}: {1}.</summary>
    public const string Commitments_AskedOf = nameof(Commitments_AskedOf);

    /// <summary>export subsidies cut by {0}</summary>
    public const string Commitments_ExportCut = nameof(Commitments_ExportCut);

    /// <summary>By development status: the tariff formula, the average applied tariff before and after ...</summary>
    public const string Commitments_Lead = nameof(Commitments_Lead);

    /// <summary>no cut in export subsidies</summary>
    public const string Commitments_NoExportCut = nameof(Commitments_NoExportCut);

    /// <summary>no cut in producer support</summary>
    public const string Commitments_NoSupportCut = nameof(Commitments_NoSupportCut);

    /// <summary>No WTO member on this date: no commitment.</summary>
    public const string Commitments_NonMember = nameof(Commitments_NonMember);

    /// <summary>producer support cut by {0}</summary>
    public const string Commitments_SupportCut = nameof(Commitments_SupportCut);

    /// <summary>Commitments by development status</summary>
    public const string Commitments_TableCaption = nameof(Commitments_TableCaption);

    /// <summary>tariffs: {0} formula, average applied tariff {1} → {2} ({3} commodities cut)</summary>
    public const string Commitments_Tariffs = nameof(Commitments_Tariffs);

    /// <summary>What the draft asks</summary>
    public const string Commitments_Title = nameof(Commitments_Title);

    /// <summary>B − A around the world (million US dollars a year)</summary>
    public const string CompareMap_Title = nameof(CompareMap_Title);

    /// <summary>Pairs of bars for the {1} commodities where the drafts matter most to the farmers of {0...</summary>
    public const string CompareMember_ChartDescription = nameof(CompareMember_ChartDescription);

    /// <summary>Farmers in {0} by commodity, draft A and draft B (million US dollars a year)</summary>
    public const string CompareMember_ChartTitle = nameof(CompareMember_ChartTitle);

    /// <summary>{0}: applied tariff after each draft, farmers and consumers (million US dollars a year)</summary>
    public const string CompareMember_TableCaption = nameof(CompareMember_TableCaption);

    /// <summary>{0}: farmers and consumers under each draft</summary>
    public const string CompareMember_Title = nameof(CompareMember_Title);

    /// <summary>Horizontal bars for {0} market regions: to the right where the second draft is better, ...</summary>
    public const string CompareRegions_ChartDescription = nameof(CompareRegions_ChartDescription);

    /// <summary>B − A by member (million US dollars a year)</summary>
    public const string CompareRegions_ChartTitle = nameof(CompareRegions_ChartTitle);

    /// <summary>Net welfare under each draft and the difference B − A, for the regions where the drafts...</summary>
    public const string CompareRegions_Lead = nameof(CompareRegions_Lead);

    /// <summary>Net welfare under each draft (million US dollars a year)</summary>
    public const string CompareRegions_TableCaption = nameof(CompareRegions_TableCaption);

    /// <summary>Where the drafts differ</summary>
    public const string CompareRegions_Title = nameof(CompareRegions_Title);

    /// <summary>{0} in all</summary>
    public const string Compare_AllOf = nameof(Compare_AllOf);

    /// <summary>Consumers in {0}</summary>
    public const string Compare_ConsumersIn = nameof(Compare_ConsumersIn);

    /// <summary>Draft A: {0}</summary>
    public const string Compare_DraftA = nameof(Compare_DraftA);

    /// <summary>Draft B: {0}</summary>
    public const string Compare_DraftB = nameof(Compare_DraftB);

    /// <summary>Farmers in {0}</summary>
    public const string Compare_FarmersIn = nameof(Compare_FarmersIn);

    /// <summary>{0}: {1} under draft A, {2} under draft B; B − A = {3} million US dollars a year.</summary>
    public const string Compare_Line = nameof(Compare_Line);

    /// <summary>The drafts differ most for {0}: B − A = {1} million US dollars a year.</summary>
    public const string Compare_MostDifferent = nameof(Compare_MostDifferent);

    /// <summary>B − A is what the second draft adds to the first: a positive figure means the second dr...</summary>
    public const string Compare_Reading = nameof(Compare_Reading);

    /// <summary>Draft A</summary>
    public const string Compare_SeriesA = nameof(Compare_SeriesA);

    /// <summary>Draft B</summary>
    public const string Compare_SeriesB = nameof(Compare_SeriesB);

    /// <summary>{0} compared with {1}</summary>
    public const string Compare_Title = nameof(Compare_Title);

    /// <summary>Treasury of {0}</summary>
    public const string Compare_TreasuryOf = nameof(Compare_TreasuryOf);

    /// <summary>The world in all</summary>
    public const string Compare_World = nameof(Compare_World);

    /// <summary>Farmers worldwide</summary>
    public const string Compare_WorldFarmers = nameof(Compare_WorldFarmers);

    /// <summary>regional agreement</summary>
    public const string CrossModel_Agreement = nameof(CrossModel_Agreement);

    /// <summary>{0}'s farmers under the regional agreement (money at {1} prices) and under the multilat...</summary>
    public const string CrossModel_Caption = nameof(CrossModel_Caption);

    /// <summary>The two drafts use different models on different data, so their money figures cannot be...</summary>
    public const string CrossModel_Caveat1 = nameof(CrossModel_Caveat1);

    /// <summary>{0}: the bilateral (Armington) model, {1} against the {2} market, money at {2} prices, ...</summary>
    public const string CrossModel_Caveat2 = nameof(CrossModel_Caveat2);

    /// <summary>{0}: the world market model (one world price per commodity), the draft fully applied to...</summary>
    public const string CrossModel_Caveat3 = nameof(CrossModel_Caveat3);

    /// <summary>The {0} market already holds the agreement's first {1} years, so the multilateral draft...</summary>
    public const string CrossModel_Caveat4 = nameof(CrossModel_Caveat4);

    /// <summary>The world market model cuts each member's average applied tariff over all origins: it c...</summary>
    public const string CrossModel_Caveat5 = nameof(CrossModel_Caveat5);

    /// <summary>Neither model includes demand growth, incomes, exchange rates or harvests; the regional...</summary>
    public const string CrossModel_Caveat6 = nameof(CrossModel_Caveat6);

    /// <summary>Grouped horizontal bars for {1} commodities in {0}: the producer price change under the...</summary>
    public const string CrossModel_ChartDescription = nameof(CrossModel_ChartDescription);

    /// <summary>{0}: producer price change under the agreement and under the multilateral draft</summary>
    public const string CrossModel_ChartTitle = nameof(CrossModel_ChartTitle);

    /// <summary>multilateral draft</summary>
    public const string CrossModel_Draft = nameof(CrossModel_Draft);

    /// <summary>{0} is not in both evaluations: {1} has no market for it.</summary>
    public const string CrossModel_NotInBoth = nameof(CrossModel_NotInBoth);

    /// <summary>Farmers: producer surplus, million US dollars a year, at {0} prices for the agreement a...</summary>
    public const string CrossModel_Note = nameof(CrossModel_Note);

    /// <summary>Two models: what can be compared</summary>
    public const string CrossModel_Title = nameof(CrossModel_Title);

    /// <summary>The tariff actually charged at the border, at or below the bound rate.</summary>
    public const string Def_AppliedTariff = nameof(Def_AppliedTariff);

    /// <summary>A tariff charged per tonne (a specific tariff) expressed as a percentage of the price, ...</summary>
    public const string Def_Ave = nameof(Def_Ave);

    /// <summary>The range in which a result falls in 90 of 100 model runs when the uncertain responses ...</summary>
    public const string Def_Band = nameof(Def_Band);

    /// <summary>The ceiling a WTO member has committed not to exceed. Negotiations cut bound tariffs; w...</summary>
    public const string Def_BoundTariff = nameof(Def_BoundTariff);

    /// <summary>A group of members that negotiate together, such as the G-20, the G-33 or the Cotton-4;...</summary>
    public const string Def_Coalition = nameof(Def_Coalition);

    /// <summary>The WTO's way of deciding: a draft is adopted only if no member present formally object...</summary>
    public const string Def_Consensus = nameof(Def_Consensus);

    /// <summary>What buyers of food and farm goods gain when prices fall, or lose when they rise: rough...</summary>
    public const string Def_ConsumerSurplus = nameof(Def_ConsumerSurplus);

    /// <summary>Government payments and price support to farmers. Cutting trade-distorting support lowe...</summary>
    public const string Def_DomesticSupport = nameof(Def_DomesticSupport);

    /// <summary>By IATP's method, how far below its full cost of production a product is exported: (cos...</summary>
    public const string Def_DumpingMargin = nameof(Def_DumpingMargin);

    /// <summary>A payment that lets exporters sell abroad below their domestic price; it lowers world p...</summary>
    public const string Def_ExportSubsidy = nameof(Def_ExportSubsidy);

    /// <summary>A country on the United Nations list of least-developed countries; in WTO agriculture t...</summary>
    public const string Def_Ldc = nameof(Def_Ldc);

    /// <summary>How far a model's yearly figures are from what was observed, on average, as a percentag...</summary>
    public const string Def_Mape = nameof(Def_Mape);

    /// <summary>The unit of the world market model: a country, the European Union, or a group of small ...</summary>
    public const string Def_MarketRegion = nameof(Def_MarketRegion);

    /// <summary>What farmers gain or lose when the price they receive changes: roughly the price change...</summary>
    public const string Def_ProducerSurplus = nameof(Def_ProducerSurplus);

    /// <summary>The extra margin earned on imports that enter inside a tariff-rate quota at the lower i...</summary>
    public const string Def_QuotaRent = nameof(Def_QuotaRent);

    /// <summary>A limit a government will not cross whatever the totals: here, a staple's producer pric...</summary>
    public const string Def_RedLine = nameof(Def_RedLine);

    /// <summary>Smaller cuts over longer periods for developing members; least-developed countries make...</summary>
    public const string Def_Sdt = nameof(Def_Sdt);

    /// <summary>A product any member may shield from the full formula cut, usually in exchange for a la...</summary>
    public const string Def_SensitiveProduct = nameof(Def_SensitiveProduct);

    /// <summary>A product developing members may shield from cuts, chosen for food security, livelihood...</summary>
    public const string Def_SpecialProduct = nameof(Def_SpecialProduct);

    /// <summary>A cut that brings high tariffs down much more than low ones: the new tariff is a × t / ...</summary>
    public const string Def_SwissFormula = nameof(Def_SwissFormula);

    /// <summary>A tax on imports, here expressed as a percentage of the import price.</summary>
    public const string Def_Tariff = nameof(Def_Tariff);

    /// <summary>A tariff-cutting rule that sorts tariffs into bands by height and cuts the higher bands...</summary>
    public const string Def_TieredFormula = nameof(Def_TieredFormula);

    /// <summary>The change in the government's budget: tariff revenue collected, less what is spent on ...</summary>
    public const string Def_Treasury = nameof(Def_Treasury);

    /// <summary>A quantity of imports allowed in at a low tariff; imports beyond it pay the higher out-...</summary>
    public const string Def_Trq = nameof(Def_Trq);

    /// <summary>What a draft is worth to a government: the changes for farmers, consumers, the treasury...</summary>
    public const string Def_WeightedPayoff = nameof(Def_WeightedPayoff);

    /// <summary>The price at which a commodity trades between countries in the model, in US dollars per...</summary>
    public const string Def_WorldPrice = nameof(Def_WorldPrice);

    /// <summary>US {0} was sold below its cost of production (IATP's margin) in {1} of the {2} years {3...</summary>
    public const string Dumping_Summary = nameof(Dumping_Summary);

    /// <summary>the applied duties (what the importer charged)</summary>
    public const string Duties_Applied = nameof(Duties_Applied);

    /// <summary>the legal duties (what the agreement allowed)</summary>
    public const string Duties_Legal = nameof(Duties_Legal);

    /// <summary>Pairs of bars for {0} commodities: the farmers' change and the consumers' change, summe...</summary>
    public const string Farmers_ChartDescription = nameof(Farmers_ChartDescription);

    /// <summary>Farmers and consumers, world, by commodity (million US dollars a year)</summary>
    public const string Farmers_ChartTitle = nameof(Farmers_ChartTitle);

    /// <summary>World totals by commodity: what farmers gain or lose against what consumers gain or los...</summary>
    public const string Farmers_Lead = nameof(Farmers_Lead);

    /// <summary>Farmers, consumers and treasuries, world, by commodity (million US dollars a year)</summary>
    public const string Farmers_TableCaption = nameof(Farmers_TableCaption);

    /// <summary>Farmers against consumers, by commodity</summary>
    public const string Farmers_Title = nameof(Farmers_Title);

    /// <summary>Made with Campo, open-source software that shows what a trade agreement does to farmers...</summary>
    public const string Footer_MadeWith = nameof(Footer_MadeWith);

    /// <summary>banded</summary>
    public const string Formula_banded = nameof(Formula_banded);

    /// <summary>blended</summary>
    public const string Formula_blended = nameof(Formula_blended);

    /// <summary>linear</summary>
    public const string Formula_linear = nameof(Formula_linear);

    /// <summary>no cut</summary>
    public const string Formula_none = nameof(Formula_none);

    /// <summary>Swiss</summary>
    public const string Formula_swiss = nameof(Formula_swiss);

    /// <summary>tiered</summary>
    public const string Formula_tiered = nameof(Formula_tiered);

    /// <summary>Uruguay Round</summary>
    public const string Formula_uruguay_round = nameof(Formula_uruguay_round);

    /// <summary>Glossary</summary>
    public const string Glossary_Title = nameof(Glossary_Title);

    /// <summary>ACP group</summary>
    public const string Group_ACP = nameof(Group_ACP);

    /// <summary>African Group</summary>
    public const string Group_AFRICAN = nameof(Group_AFRICAN);

    /// <summary>Cotton-4 (C-4)</summary>
    public const string Group_C4 = nameof(Group_C4);

    /// <summary>Cairns Group</summary>
    public const string Group_CAIRNS = nameof(Group_CAIRNS);

    /// <summary>G-20 (2003)</summary>
    public const string Group_G20 = nameof(Group_G20);

    /// <summary>G-22 (October 2003)</summary>
    public const string Group_G22 = nameof(Group_G22);

    /// <summary>G-33</summary>
    public const string Group_G33 = nameof(Group_G33);

    /// <summary>G-90</summary>
    public const string Group_G90 = nameof(Group_G90);

    /// <summary>LDC group</summary>
    public const string Group_LDC = nameof(Group_LDC);

    /// <summary>Cancún statement against Singapore-issue talks</summary>
    public const string Group_SING_70 = nameof(Group_SING_70);

    /// <summary>Co-sponsors of WT/GC/W/513 (Singapore issues)</summary>
    public const string Group_SING_W513 = nameof(Group_SING_W513);

    /// <summary>Developed members</summary>
    public const string Group_developed = nameof(Group_developed);

    /// <summary>Developed parties</summary>
    public const string Group_developed_parties = nameof(Group_developed_parties);

    /// <summary>Developing members</summary>
    public const string Group_developing = nameof(Group_developing);

    /// <summary>Developing parties</summary>
    public const string Group_developing_parties = nameof(Group_developing_parties);

    /// <summary>Least-developed members</summary>
    public const string Group_least_developed = nameof(Group_least_developed);

    /// <summary>Least-developed parties</summary>
    public const string Group_least_developed_parties = nameof(Group_least_developed_parties);

    /// <summary>Net food importers</summary>
    public const string Group_net_food_importers = nameof(Group_net_food_importers);

    /// <summary>Not WTO members</summary>
    public const string Group_non_members = nameof(Group_non_members);

    /// <summary>Parties to the agreement</summary>
    public const string Group_parties = nameof(Group_parties);

    /// <summary>Rest of the world</summary>
    public const string Group_rest_of_the_world = nameof(Group_rest_of_the_world);

    /// <summary>A region counts in a group through the WTO member that sets its policy. Coalitions are ...</summary>
    public const string Groups_Lead = nameof(Groups_Lead);

    /// <summary>Welfare by group (million US dollars a year)</summary>
    public const string Groups_TableCaption = nameof(Groups_TableCaption);

    /// <summary>Groups of members</summary>
    public const string Groups_Title = nameof(Groups_Title);

    /// <summary>World</summary>
    public const string Groups_World = nameof(Groups_World);

    /// <summary>above</summary>
    public const string LookBack_BiasAbove = nameof(LookBack_BiasAbove);

    /// <summary>below</summary>
    public const string LookBack_BiasBelow = nameof(LookBack_BiasBelow);

    /// <summary>right on</summary>
    public const string LookBack_BiasOn = nameof(LookBack_BiasOn);

    /// <summary>The model moves only the agreement's tariffs and quotas against the {0} base: demand gr...</summary>
    public const string LookBack_Caveat = nameof(LookBack_Caveat);

    /// <summary>Three lines over {2} years for imports of {0} into {1}: what happened (solid line, circ...</summary>
    public const string LookBack_ChartDescription = nameof(LookBack_ChartDescription);

    /// <summary>Imports of {0} into {1}, {2}–{3}: observed and modelled (thousand tonnes)</summary>
    public const string LookBack_ChartTitle = nameof(LookBack_ChartTitle);

    /// <summary>{0}: imports into {1}, modelled and observed</summary>
    public const string LookBack_CommodityTitle = nameof(LookBack_CommodityTitle);

    /// <summary>With {0}, the model is on average {1} away from what happened over {2} years, and {3} i...</summary>
    public const string LookBack_Error = nameof(LookBack_Error);

    /// <summary>{0}: how far each modelled series is from the observed one</summary>
    public const string LookBack_ErrorsCaption = nameof(LookBack_ErrorsCaption);

    /// <summary>The agreement's path set against the observed series, year by year from the {0} base. T...</summary>
    public const string LookBack_Lead = nameof(LookBack_Lead);

    /// <summary>Model, applied duties</summary>
    public const string LookBack_ModelApplied = nameof(LookBack_ModelApplied);

    /// <summary>Model, legal duties</summary>
    public const string LookBack_ModelLegal = nameof(LookBack_ModelLegal);

    /// <summary>What the look-back can and cannot say ({0} notes, in English as the model writes them)</summary>
    public const string LookBack_Notes = nameof(LookBack_Notes);

    /// <summary>Observed (FAOSTAT)</summary>
    public const string LookBack_Observed = nameof(LookBack_Observed);

    /// <summary>{0}, {1}</summary>
    public const string LookBack_SeriesLabel = nameof(LookBack_SeriesLabel);

    /// <summary>Imports of {0} into {1}, thousand tonnes (base {2}; observed: {3})</summary>
    public const string LookBack_TableCaption = nameof(LookBack_TableCaption);

    /// <summary>Looking back: the model against what happened</summary>
    public const string LookBack_Title = nameof(LookBack_Title);

    /// <summary>Mexico's maize year by year: FAOSTAT and Hufbauer &amp; Schott (2005, Table 5.15) against the model with</summary>
    public const string Maize_Caption = nameof(Maize_Caption);

    /// <summary>imports, applied duties (kt)</summary>
    public const string Maize_ColImportsApplied = nameof(Maize_ColImportsApplied);

    /// <summary>imports, legal duties (kt)</summary>
    public const string Maize_ColImportsLegal = nameof(Maize_ColImportsLegal);

    /// <summary>imports, observed (kt)</summary>
    public const string Maize_ColImportsObserved = nameof(Maize_ColImportsObserved);

    /// <summary>imports without NAFTA (kt)</summary>
    public const string Maize_ColImportsWithout = nameof(Maize_ColImportsWithout);

    /// <summary>real white maize price, applied duties</summary>
    public const string Maize_ColPriceApplied = nameof(Maize_ColPriceApplied);

    /// <summary>real white maize price, legal duties</summary>
    public const string Maize_ColPriceLegal = nameof(Maize_ColPriceLegal);

    /// <summary>real white maize price, observed (1991-93 = 1)</summary>
    public const string Maize_ColPriceObserved = nameof(Maize_ColPriceObserved);

    /// <summary>production, applied duties (kt)</summary>
    public const string Maize_ColProductionApplied = nameof(Maize_ColProductionApplied);

    /// <summary>production, legal duties (kt)</summary>
    public const string Maize_ColProductionLegal = nameof(Maize_ColProductionLegal);

    /// <summary>production, observed (kt)</summary>
    public const string Maize_ColProductionObserved = nameof(Maize_ColProductionObserved);

    /// <summary>production without NAFTA (kt)</summary>
    public const string Maize_ColProductionWithout = nameof(Maize_ColProductionWithout);

    /// <summary>Gulf price in real pesos (1991-93 = 1)</summary>
    public const string Maize_ColWorld = nameof(Maize_ColWorld);

    /// <summary>Mexico's maize {0}, path {1}: mean absolute percentage error {2}, mean error {3} over {4} years.</summary>
    public const string Maize_Error = nameof(Maize_Error);

    /// <summary>The farmers' view: producers, hectares, and the price change per hectare and per family, with bands</summary>
    public const string Maize_Farmers = nameof(Maize_Farmers);

    /// <summary>Mexico's maize: two markets on a growing baseline, with and without NAFTA</summary>
    public const string Maize_Title = nameof(Maize_Title);

    /// <summary>World map: countries coloured from brown (losses) to teal (gains) by the net welfare ch...</summary>
    public const string Map_Description = nameof(Map_Description);

    /// <summary>Each country takes the colour of its market region's net welfare change. Small countrie...</summary>
    public const string Map_Lead = nameof(Map_Lead);

    /// <summary>no data</summary>
    public const string Map_NoData = nameof(Map_NoData);

    /// <summary>Net effect around the world (million US dollars a year)</summary>
    public const string Map_Title = nameof(Map_Title);

    /// <summary>export price</summary>
    public const string Measure_ExportPrice = nameof(Measure_ExportPrice);

    /// <summary>imports</summary>
    public const string Measure_Imports = nameof(Measure_Imports);

    /// <summary>production</summary>
    public const string Measure_Production = nameof(Measure_Production);

    /// <summary>Bars for the {1} commodities where the draft changes most for {0}: the farmers' gain or...</summary>
    public const string Member_ChartDescription = nameof(Member_ChartDescription);

    /// <summary>Farmers and consumers in {0}, by commodity (million US dollars a year)</summary>
    public const string Member_ChartTitle = nameof(Member_ChartTitle);

    /// <summary>{0}: every figure by commodity (million US dollars a year; tariffs and price changes in...</summary>
    public const string Member_TableCaption = nameof(Member_TableCaption);

    /// <summary>{0}: farmers, consumers and treasury ({1})</summary>
    public const string Member_Title = nameof(Member_Title);

    /// <summary>{0}: all commodities together (million US dollars a year)</summary>
    public const string Member_TotalCaption = nameof(Member_TotalCaption);

    /// <summary>{0} billion dollars</summary>
    public const string Money_Billions = nameof(Money_Billions);

    /// <summary>{0} million dollars</summary>
    public const string Money_Millions = nameof(Money_Millions);

    /// <summary>Members objecting for themselves ({0}), largest stakes first</summary>
    public const string Objectors_Caption = nameof(Objectors_Caption);

    /// <summary>Besides them, {0} EU member states object through the European Union, which speaks for ...</summary>
    public const string Objectors_Eu = nameof(Objectors_Eu);

    /// <summary>Members that object for themselves, the largest stakes first. Members sharing a market ...</summary>
    public const string Objectors_Lead = nameof(Objectors_Lead);

    /// <summary>The other objecting members ({0})</summary>
    public const string Objectors_More = nameof(Objectors_More);

    /// <summary>The other members objecting for themselves</summary>
    public const string Objectors_MoreCaption = nameof(Objectors_MoreCaption);

    /// <summary>No member objects.</summary>
    public const string Objectors_None = nameof(Objectors_None);

    /// <summary>Who objects and why</summary>
    public const string Objectors_Title = nameof(Objectors_Title);

    /// <summary>with {0}</summary>
    public const string Objectors_With = nameof(Objectors_With);

    /// <summary>{0} in {1}, year by year against the {2} market</summary>
    public const string Path_Caption = nameof(Path_Caption);

    /// <summary>{0} in {1}</summary>
    public const string Path_CommodityTitle = nameof(Path_CommodityTitle);

    /// <summary>Dumping margin: (US cost of production − export price) ÷ cost, IATP's method (campo dum...</summary>
    public const string Path_DumpingNote = nameof(Path_DumpingNote);

    /// <summary>The agreement's path in {0}, each year against the {1} market, beside what happened and...</summary>
    public const string Path_Lead = nameof(Path_Lead);

    /// <summary>Last tonne: the tariff on the last tonne of the quota flow. Imports from every origin, ...</summary>
    public const string Path_Note = nameof(Path_Note);

    /// <summary>Year by year</summary>
    public const string Path_Title = nameof(Path_Title);

    /// <summary>Dot plot of the {0} commodities whose world price moves most: a dot for the central cha...</summary>
    public const string Prices_ChartDescription = nameof(Prices_ChartDescription);

    /// <summary>World price changes (percent)</summary>
    public const string Prices_ChartTitle = nameof(Prices_ChartTitle);

    /// <summary>How the draft moves world prices, with the 90% band over the elasticity draws. A higher...</summary>
    public const string Prices_Lead = nameof(Prices_Lead);

    /// <summary>World prices (US dollars per tonne)</summary>
    public const string Prices_TableCaption = nameof(Prices_TableCaption);

    /// <summary>World prices</summary>
    public const string Prices_Title = nameof(Prices_Title);

    /// <summary>it blocks alone: it holds a large enough share of world farm trade and what the draft does to its own farmers and exporters dissatisfies it</summary>
    public const string Reason_BlocksAlone = nameof(Reason_BlocksAlone);

    /// <summary>it objects with its coalition ({0})</summary>
    public const string Reason_Coalition = nameof(Reason_Coalition);

    /// <summary>from none</summary>
    public const string Reason_FromNone = nameof(Reason_FromNone);

    /// <summary>the rest of the package falls short of what it asked: {0}</summary>
    public const string Reason_Linkage = nameof(Reason_Linkage);

    /// <summary>no market data: it accepts by the stated rule</summary>
    public const string Reason_NoDataAccepts = nameof(Reason_NoDataAccepts);

    /// <summary>no market data: it follows its coalitions</summary>
    public const string Reason_NoDataFollows = nameof(Reason_NoDataFollows);

    /// <summary>its own objection gives way to its coalition's acceptance</summary>
    public const string Reason_Overruled = nameof(Reason_Overruled);

    /// <summary>it would lose on balance: weighted payoff {0} million dollars a year, below its thresho...</summary>
    public const string Reason_Payoff = nameof(Reason_Payoff);

    /// <summary>the producer price of {0} falls {1}, past its red line</summary>
    public const string Reason_PriceRedLine = nameof(Reason_PriceRedLine);

    /// <summary>producer prices fall past its red line: {0}</summary>
    public const string Reason_PricesRedLine = nameof(Reason_PricesRedLine);

    /// <summary>the European Union speaks for it</summary>
    public const string Reason_Represented = nameof(Reason_Represented);

    /// <summary>imports of {0} appear where there were none, past its red line</summary>
    public const string Reason_SurgeFromNone = nameof(Reason_SurgeFromNone);

    /// <summary>imports of {0} surge {1}, past its red line</summary>
    public const string Reason_SurgeRedLine = nameof(Reason_SurgeRedLine);

    /// <summary>imports surge past its red line: {0}</summary>
    public const string Reason_SurgesRedLine = nameof(Reason_SurgesRedLine);

    /// <summary>quota full</summary>
    public const string Regime_Binding = nameof(Regime_Binding);

    /// <summary>in quota</summary>
    public const string Regime_InQuota = nameof(Regime_InQuota);

    /// <summary>over quota</summary>
    public const string Regime_OverQuota = nameof(Regime_OverQuota);

    /// <summary>Azerbaijan</summary>
    public const string Region_AZE = nameof(Region_AZE);

    /// <summary>Belarus</summary>
    public const string Region_BLR = nameof(Region_BLR);

    /// <summary>Bhutan</summary>
    public const string Region_BTN = nameof(Region_BTN);

    /// <summary>China, Hong Kong, Macao and Taiwan</summary>
    public const string Region_CHM = nameof(Region_CHM);

    /// <summary>Switzerland and Liechtenstein</summary>
    public const string Region_CHP = nameof(Region_CHP);

    /// <summary>Other Caribbean</summary>
    public const string Region_CRB = nameof(Region_CRB);

    /// <summary>Algeria</summary>
    public const string Region_DZA = nameof(Region_DZA);

    /// <summary>Eritrea</summary>
    public const string Region_ERI = nameof(Region_ERI);

    /// <summary>Ethiopia</summary>
    public const string Region_ETH = nameof(Region_ETH);

    /// <summary>European Union</summary>
    public const string Region_EUN = nameof(Region_EUN);

    /// <summary>Equatorial Guinea</summary>
    public const string Region_GNQ = nameof(Region_GNQ);

    /// <summary>Greenland</summary>
    public const string Region_GRL = nameof(Region_GRL);

    /// <summary>Guianas (South America)</summary>
    public const string Region_GSA = nameof(Region_GSA);

    /// <summary>Iran</summary>
    public const string Region_IRN = nameof(Region_IRN);

    /// <summary>Iraq</summary>
    public const string Region_IRQ = nameof(Region_IRQ);

    /// <summary>Lebanon</summary>
    public const string Region_LBN = nameof(Region_LBN);

    /// <summary>Libya</summary>
    public const string Region_LBY = nameof(Region_LBY);

    /// <summary>Morocco and Western Sahara</summary>
    public const string Region_MOR = nameof(Region_MOR);

    /// <summary>Other Atlantic Ocean islands</summary>
    public const string Region_OAO = nameof(Region_OAO);

    /// <summary>Other Balkans</summary>
    public const string Region_OBN = nameof(Region_OBN);

    /// <summary>Other Indian Ocean islands</summary>
    public const string Region_OIO = nameof(Region_OIO);

    /// <summary>Other Pacific Ocean islands</summary>
    public const string Region_OPO = nameof(Region_OPO);

    /// <summary>Other Southeast Asia</summary>
    public const string Region_OSA = nameof(Region_OSA);

    /// <summary>North Korea</summary>
    public const string Region_PRK = nameof(Region_PRK);

    /// <summary>Occupied Palestinian Territory</summary>
    public const string Region_PSE = nameof(Region_PSE);

    /// <summary>Rest of the Arabian Peninsula</summary>
    public const string Region_RAP = nameof(Region_RAP);

    /// <summary>Rest of the world</summary>
    public const string Region_ROW = nameof(Region_ROW);

    /// <summary>Sudan</summary>
    public const string Region_SDN = nameof(Region_SDN);

    /// <summary>Somalia</summary>
    public const string Region_SOM = nameof(Region_SOM);

    /// <summary>South Sudan</summary>
    public const string Region_SSD = nameof(Region_SSD);

    /// <summary>Syria</summary>
    public const string Region_SYR = nameof(Region_SYR);

    /// <summary>Turkmenistan</summary>
    public const string Region_TKM = nameof(Region_TKM);

    /// <summary>Uzbekistan</summary>
    public const string Region_UZB = nameof(Region_UZB);

    /// <summary>assumption</summary>
    public const string Reliability_Assumption = nameof(Reliability_Assumption);

    /// <summary>to verify</summary>
    public const string Reliability_ToVerify = nameof(Reliability_ToVerify);

    /// <summary>Its farmers lose most on {0} (million dollars a year, summed over its members).</summary>
    public const string Replay_Losses = nameof(Replay_Losses);

    /// <summary>Its median member's farmers change by {0} of their farm output.</summary>
    public const string Replay_Median = nameof(Replay_Median);

    /// <summary>No coalition objects.</summary>
    public const string Replay_None = nameof(Replay_None);

    /// <summary>{0} objects: {1} of its {2} members are dissatisfied.</summary>
    public const string Replay_Objects = nameof(Replay_Objects);

    /// <summary>{0} ({1} members)</summary>
    public const string Replay_RedLineCount = nameof(Replay_RedLineCount);

    /// <summary>Red lines crossed on products that matter to its members: {0}.</summary>
    public const string Replay_RedLines = nameof(Replay_RedLines);

    /// <summary>Why the coalitions object</summary>
    public const string Replay_Title = nameof(Replay_Title);

    /// <summary>The rest of the package falls short of what it asked: {0}.</summary>
    public const string Replay_Unmet = nameof(Replay_Unmet);

    /// <summary>Campo's default dataset (embedded)</summary>
    public const string Report_DefaultDataset = nameof(Report_DefaultDataset);

    /// <summary>90% bands from {0} Monte Carlo draws (seed {1}).</summary>
    public const string Report_Draws = nameof(Report_Draws);

    /// <summary>WTO members on {0}: {1}. Data: {2}, base year {3}.</summary>
    public const string Report_Facts = nameof(Report_Facts);

    /// <summary>Parties: {0}. In force from {1}; results for {2} against the {3} market, with {4}. Data...</summary>
    public const string Report_FactsRegional = nameof(Report_FactsRegional);

    /// <summary>Campo report · what a trade draft does to farmers</summary>
    public const string Report_Kicker = nameof(Report_Kicker);

    /// <summary>Campo report · two drafts compared</summary>
    public const string Report_KickerComparison = nameof(Report_KickerComparison);

    /// <summary>Campo report · could this draft pass?</summary>
    public const string Report_KickerNegotiation = nameof(Report_KickerNegotiation);

    /// <summary>WTO members on {0}: {1}, deciding by consensus. Data: {2}.</summary>
    public const string Report_NegotiationFacts = nameof(Report_NegotiationFacts);

    /// <summary>Money: million US dollars a year at 2005 prices, measured against each member's alterna...</summary>
    public const string Report_NegotiationUnits = nameof(Report_NegotiationUnits);

    /// <summary>No Monte Carlo draws: central results only, without bands.</summary>
    public const string Report_NoDraws = nameof(Report_NoDraws);

    /// <summary>Source: {0}</summary>
    public const string Report_Source = nameof(Report_Source);

    /// <summary>Money: million US dollars a year at 2005 prices, as a change against the 2005 base. Far...</summary>
    public const string Report_Units = nameof(Report_Units);

    /// <summary>Money: million US dollars a year, at the regional agreement's base-period prices for th...</summary>
    public const string Report_UnitsCrossModel = nameof(Report_UnitsCrossModel);

    /// <summary>Money: million US dollars a year at {0} prices (nominal), as a change against the {0} m...</summary>
    public const string Report_UnitsRegional = nameof(Report_UnitsRegional);

    /// <summary>Negotiating coalitions (G-20, G-33, Cairns Group, C-4, ACP, African Group and others) f...</summary>
    public const string Sources_Coalitions = nameof(Sources_Coalitions);

    /// <summary>FAOSTAT food and commodity balances 1973-2009 (FAO). CC BY 4.0.</summary>
    public const string Sources_Faostat = nameof(Sources_Faostat);

    /// <summary>IFPRI IMPACT model v3 driver assumptions (Robinson et al. 2015): the 2005 base of produ...</summary>
    public const string Sources_Impact = nameof(Sources_Impact);

    /// <summary>Map: Natural Earth 1:110m country outlines (public domain), through the world-atlas pac...</summary>
    public const string Sources_Map = nameof(Sources_Map);

    /// <summary>Model: a partial-equilibrium world market for each commodity, linked through food deman...</summary>
    public const string Sources_Model = nameof(Sources_Model);

    /// <summary>Tariff facts transcribed by hand from cited documents; where a bound rate is unknown, t...</summary>
    public const string Sources_Tariffs = nameof(Sources_Tariffs);

    /// <summary>Data sources</summary>
    public const string Sources_Title = nameof(Sources_Title);

    /// <summary>World Bank Commodity Price Data (Pink Sheet). CC BY 4.0.</summary>
    public const string Sources_WorldBank = nameof(Sources_WorldBank);

    /// <summary>WTO members and accession dates, the UN list of least-developed countries and EU member...</summary>
    public const string Sources_Wto = nameof(Sources_Wto);

    /// <summary>developed</summary>
    public const string Status_Developed = nameof(Status_Developed);

    /// <summary>developing</summary>
    public const string Status_Developing = nameof(Status_Developing);

    /// <summary>least developed</summary>
    public const string Status_LeastDeveloped = nameof(Status_LeastDeveloped);

    /// <summary>not a WTO member</summary>
    public const string Status_NonMember = nameof(Status_NonMember);

    /// <summary>Applied tariff</summary>
    public const string Term_AppliedTariff = nameof(Term_AppliedTariff);

    /// <summary>Ad valorem equivalent (AVE)</summary>
    public const string Term_Ave = nameof(Term_Ave);

    /// <summary>90% band</summary>
    public const string Term_Band = nameof(Term_Band);

    /// <summary>Bound tariff</summary>
    public const string Term_BoundTariff = nameof(Term_BoundTariff);

    /// <summary>Coalition</summary>
    public const string Term_Coalition = nameof(Term_Coalition);

    /// <summary>Consensus</summary>
    public const string Term_Consensus = nameof(Term_Consensus);

    /// <summary>Consumer surplus (consumers)</summary>
    public const string Term_ConsumerSurplus = nameof(Term_ConsumerSurplus);

    /// <summary>Domestic support</summary>
    public const string Term_DomesticSupport = nameof(Term_DomesticSupport);

    /// <summary>Dumping margin</summary>
    public const string Term_DumpingMargin = nameof(Term_DumpingMargin);

    /// <summary>Export subsidy</summary>
    public const string Term_ExportSubsidy = nameof(Term_ExportSubsidy);

    /// <summary>Least-developed country (LDC)</summary>
    public const string Term_Ldc = nameof(Term_Ldc);

    /// <summary>Mean absolute percentage error (MAPE)</summary>
    public const string Term_Mape = nameof(Term_Mape);

    /// <summary>Market region</summary>
    public const string Term_MarketRegion = nameof(Term_MarketRegion);

    /// <summary>Producer surplus (farmers)</summary>
    public const string Term_ProducerSurplus = nameof(Term_ProducerSurplus);

    /// <summary>Quota rent</summary>
    public const string Term_QuotaRent = nameof(Term_QuotaRent);

    /// <summary>Red line</summary>
    public const string Term_RedLine = nameof(Term_RedLine);

    /// <summary>Special and differential treatment</summary>
    public const string Term_Sdt = nameof(Term_Sdt);

    /// <summary>Sensitive product</summary>
    public const string Term_SensitiveProduct = nameof(Term_SensitiveProduct);

    /// <summary>Special product</summary>
    public const string Term_SpecialProduct = nameof(Term_SpecialProduct);

    /// <summary>Swiss formula</summary>
    public const string Term_SwissFormula = nameof(Term_SwissFormula);

    /// <summary>Tariff (ad valorem)</summary>
    public const string Term_Tariff = nameof(Term_Tariff);

    /// <summary>Tiered formula</summary>
    public const string Term_TieredFormula = nameof(Term_TieredFormula);

    /// <summary>Treasury (government)</summary>
    public const string Term_Treasury = nameof(Term_Treasury);

    /// <summary>Tariff-rate quota (TRQ)</summary>
    public const string Term_Trq = nameof(Term_Trq);

    /// <summary>Weighted payoff</summary>
    public const string Term_WeightedPayoff = nameof(Term_WeightedPayoff);

    /// <summary>World price</summary>
    public const string Term_WorldPrice = nameof(Term_WorldPrice);

    /// <summary>million USD a year</summary>
    public const string Unit_MillionUsd = nameof(Unit_MillionUsd);

    /// <summary>every other member</summary>
    public const string VerdictAssumptions_AllOthers = nameof(VerdictAssumptions_AllOthers);

    /// <summary>every member</summary>
    public const string VerdictAssumptions_Everyone = nameof(VerdictAssumptions_Everyone);

    /// <summary>Each government's weights, threshold and red lines, as the model states them (in Englis...</summary>
    public const string VerdictAssumptions_Lead = nameof(VerdictAssumptions_Lead);

    /// <summary>Members without market data ({0}), whose position follows the stated rule: {1}.</summary>
    public const string VerdictAssumptions_NoData = nameof(VerdictAssumptions_NoData);

    /// <summary>Weights, thresholds and red lines</summary>
    public const string VerdictAssumptions_PreferencesCaption = nameof(VerdictAssumptions_PreferencesCaption);

    /// <summary>The negotiation model's assumptions and sources ({0}), in English as the model writes them</summary>
    public const string VerdictAssumptions_Stated = nameof(VerdictAssumptions_Stated);

    /// <summary>What the verdict rests on</summary>
    public const string VerdictAssumptions_Title = nameof(VerdictAssumptions_Title);

    /// <summary>The negotiation model did not judge this draft: it judges multilateral drafts on the wo...</summary>
    public const string VerdictSection_NotJudged = nameof(VerdictSection_NotJudged);

    /// <summary>Could it pass?</summary>
    public const string VerdictSection_Title = nameof(VerdictSection_Title);

    /// <summary>accepts</summary>
    public const string Verdict_Accepts = nameof(Verdict_Accepts);

    /// <summary>the baseline scenario {0}</summary>
    public const string Verdict_Baseline = nameof(Verdict_Baseline);

    /// <summary>the verdict depends on the elasticities</summary>
    public const string Verdict_DependsOnDraws = nameof(Verdict_DependsOnDraws);

    /// <summary>The draft would fail: {0} of {1} members object ({2} speaking for themselves).</summary>
    public const string Verdict_Fails = nameof(Verdict_Fails);

    /// <summary>Coalitions objecting as a block: {0}.</summary>
    public const string Verdict_FailsCoalitions = nameof(Verdict_FailsCoalitions);

    /// <summary>it fails in every draw</summary>
    public const string Verdict_FailsEveryDraw = nameof(Verdict_FailsEveryDraw);

    /// <summary>The verdict in figures</summary>
    public const string Verdict_FiguresCaption = nameof(Verdict_FiguresCaption);

    /// <summary>{0} accepts.</summary>
    public const string Verdict_FocusAccepts = nameof(Verdict_FocusAccepts);

    /// <summary>{0} objects:</summary>
    public const string Verdict_FocusObjects = nameof(Verdict_FocusObjects);

    /// <summary>It objects in {0} of the draws.</summary>
    public const string Verdict_FocusShare = nameof(Verdict_FocusShare);

    /// <summary>Each of the {0} WTO members present on {1} judges the draft against {2}, with {3}; coal...</summary>
    public const string Verdict_Lead = nameof(Verdict_Lead);

    /// <summary>None of the {0} draws converged: how robust the verdict is remains unknown.</summary>
    public const string Verdict_NoDrawConverged = nameof(Verdict_NoDrawConverged);

    /// <summary>The verdict was judged at the central elasticities only, without draws: campo run --ver...</summary>
    public const string Verdict_NoDraws = nameof(Verdict_NoDraws);

    /// <summary>objects</summary>
    public const string Verdict_Objects = nameof(Verdict_Objects);

    /// <summary>The draft would pass: none of the {0} members objects.</summary>
    public const string Verdict_Passes = nameof(Verdict_Passes);

    /// <summary>it passes in every draw</summary>
    public const string Verdict_PassesEveryDraw = nameof(Verdict_PassesEveryDraw);

    /// <summary>Over {0} draws of the elasticities ({1} converged; seed {2}), the draft passes in {3} o...</summary>
    public const string Verdict_Robustness = nameof(Verdict_Robustness);

    /// <summary>Members accepting</summary>
    public const string Verdict_RowAccepting = nameof(Verdict_RowAccepting);

    /// <summary>Members objecting for themselves</summary>
    public const string Verdict_RowBlocking = nameof(Verdict_RowBlocking);

    /// <summary>Draws that converged</summary>
    public const string Verdict_RowDraws = nameof(Verdict_RowDraws);

    /// <summary>WTO members present</summary>
    public const string Verdict_RowMembers = nameof(Verdict_RowMembers);

    /// <summary>Members objecting (EU member states through the EU)</summary>
    public const string Verdict_RowObjecting = nameof(Verdict_RowObjecting);

    /// <summary>Share of the draws in which the draft passes</summary>
    public const string Verdict_RowPassShare = nameof(Verdict_RowPassShare);

    /// <summary>the status quo (the 2005 base)</summary>
    public const string Verdict_StatusQuo = nameof(Verdict_StatusQuo);

    /// <summary>The verdict</summary>
    public const string Verdict_Title = nameof(Verdict_Title);

    /// <summary>Why they object (a member may have several reasons): {0} would lose on balance; for {1}...</summary>
    public const string Verdict_Why = nameof(Verdict_Why);

    /// <summary>Run another draft</summary>
    public const string Web_Again = nameof(Web_Again);

    /// <summary>JSON API (OpenAPI description)</summary>
    public const string Web_Api = nameof(Web_Api);

    /// <summary>Compare with (optional)</summary>
    public const string Web_CompareWith = nameof(Web_CompareWith);

    /// <summary>Download every market (CSV)</summary>
    public const string Web_DownloadCsv = nameof(Web_DownloadCsv);

    /// <summary>Download this report (HTML)</summary>
    public const string Web_DownloadReport = nameof(Web_DownloadReport);

    /// <summary>Draft</summary>
    public const string Web_Draft = nameof(Web_Draft);

    /// <summary>Monte Carlo draws for the 90% bands</summary>
    public const string Web_Draws = nameof(Web_Draws);

    /// <summary>This could not be run:</summary>
    public const string Web_Error = nameof(Web_Error);

    /// <summary>The run failed:</summary>
    public const string Web_Failed = nameof(Web_Failed);

    /// <summary>Choose a negotiating draft or upload your own scenario file, pick a member, and see who...</summary>
    public const string Web_Intro = nameof(Web_Intro);

    /// <summary>Results as JSON</summary>
    public const string Web_Json = nameof(Web_Json);

    /// <summary>Language</summary>
    public const string Web_Language = nameof(Web_Language);

    /// <summary>Member to look at closely</summary>
    public const string Web_Member = nameof(Web_Member);

    /// <summary>(no comparison)</summary>
    public const string Web_NoCompare = nameof(Web_NoCompare);

    /// <summary>(none: the world)</summary>
    public const string Web_NoMember = nameof(Web_NoMember);

    /// <summary>This page refreshes itself every few seconds until the results are ready.</summary>
    public const string Web_NoScript = nameof(Web_NoScript);

    /// <summary>(use the draft above)</summary>
    public const string Web_NoUpload = nameof(Web_NoUpload);

    /// <summary>Waiting for a free worker…</summary>
    public const string Web_Queued = nameof(Web_Queued);

    /// <summary>Run</summary>
    public const string Web_Run = nameof(Web_Run);

    /// <summary>Solving the world market: {0} of {1} drafts done, {2} s so far…</summary>
    public const string Web_Running = nameof(Web_Running);

    /// <summary>Campo: what a trade draft does to farmers</summary>
    public const string Web_Title = nameof(Web_Title);

    /// <summary>Or upload a scenario file (.toml)</summary>
    public const string Web_Upload = nameof(Web_Upload);

    /// <summary>Also judge the verdict in every draw (slower)</summary>
    public const string Web_Verdict = nameof(Web_Verdict);




    /// <summary>Horizontal bars for {0} market regions, gains to the right and losses to the left, with...</summary>
    public const string Winners_ChartDescription = nameof(Winners_ChartDescription);

    /// <summary>Largest gains and losses by member (million US dollars a year)</summary>
    public const string Winners_ChartTitle = nameof(Winners_ChartTitle);

    /// <summary>Net welfare change of each market region: farmers, consumers, treasury and quota rents ...</summary>
    public const string Winners_Lead = nameof(Winners_Lead);

    /// <summary>Largest gains and losses (million US dollars a year)</summary>
    public const string Winners_TableCaption = nameof(Winners_TableCaption);

    /// <summary>Who gains and who loses</summary>
    public const string Winners_Title = nameof(Winners_Title);

    /// <summary>; </summary>
    public const string Word_ListSeparator = nameof(Word_ListSeparator);

    /// <summary>to</summary>
    public const string Word_To = nameof(Word_To);

    /// <summary>Summary</summary>
    public const string Workbook_Sheet_Summary = nameof(Workbook_Sheet_Summary);

    /// <summary>Notes</summary>
    public const string Workbook_Sheet_Notes = nameof(Workbook_Sheet_Notes);

    /// <summary>Units</summary>
    public const string Workbook_Sheet_Units = nameof(Workbook_Sheet_Units);

    /// <summary>Groups</summary>
    public const string Workbook_Sheet_groups = nameof(Workbook_Sheet_groups);

    /// <summary>Members</summary>
    public const string Workbook_Sheet_regions = nameof(Workbook_Sheet_regions);

    /// <summary>Verdict</summary>
    public const string Workbook_Sheet_members = nameof(Workbook_Sheet_members);

    /// <summary>Coalitions</summary>
    public const string Workbook_Sheet_coalitions = nameof(Workbook_Sheet_coalitions);

    /// <summary>Record by coalition</summary>
    public const string Workbook_Sheet_byCoalition = nameof(Workbook_Sheet_byCoalition);

    /// <summary>World prices</summary>
    public const string Workbook_Sheet_worldPrices = nameof(Workbook_Sheet_worldPrices);

    /// <summary>Markets</summary>
    public const string Workbook_Sheet_markets = nameof(Workbook_Sheet_markets);

    /// <summary>Commitments</summary>
    public const string Workbook_Sheet_commitments = nameof(Workbook_Sheet_commitments);

    /// <summary>Tariffs</summary>
    public const string Workbook_Sheet_tariffs = nameof(Workbook_Sheet_tariffs);

    /// <summary>Assumptions</summary>
    public const string Workbook_Sheet_flagged = nameof(Workbook_Sheet_flagged);

    /// <summary>Field</summary>
    public const string Workbook_Column_Field = nameof(Workbook_Column_Field);

    /// <summary>Value</summary>
    public const string Workbook_Column_Value = nameof(Workbook_Column_Value);

    /// <summary>Unit</summary>
    public const string Workbook_Column_Unit = nameof(Workbook_Column_Unit);

    /// <summary>List</summary>
    public const string Workbook_Column_List = nameof(Workbook_Column_List);

    /// <summary>Text</summary>
    public const string Workbook_Column_Text = nameof(Workbook_Column_Text);

    /// <summary>Sheet</summary>
    public const string Workbook_Column_Sheet = nameof(Workbook_Column_Sheet);

    /// <summary>million US dollars a year (base-year prices)</summary>
    public const string Workbook_Unit_MillionUsd = nameof(Workbook_Unit_MillionUsd);

    /// <summary>share or change (0.05 = +5%)</summary>
    public const string Workbook_Unit_Fraction = nameof(Workbook_Unit_Fraction);

    /// <summary>US dollars per tonne</summary>
    public const string Workbook_Unit_UsdPerTonne = nameof(Workbook_Unit_UsdPerTonne);

    /// <summary>US dollars per hectare</summary>
    public const string Workbook_Unit_UsdPerHectare = nameof(Workbook_Unit_UsdPerHectare);

    /// <summary>thousand tonnes</summary>
    public const string Workbook_Unit_ThousandTonnes = nameof(Workbook_Unit_ThousandTonnes);

    /// <summary>count</summary>
    public const string Workbook_Unit_Count = nameof(Workbook_Unit_Count);

    /// <summary>true or false</summary>
    public const string Workbook_Unit_Flag = nameof(Workbook_Unit_Flag);

    /// <summary>number (no unit)</summary>
    public const string Workbook_Unit_Number = nameof(Workbook_Unit_Number);

    /// <summary>Download the analyst's workbook (Excel)</summary>
    public const string Web_DownloadWorkbook = nameof(Web_DownloadWorkbook);
}
