// The keys of Messages.resx, one constant each. A test checks that this list and the resources agree: add a key to
// Messages.resx, Messages.es.resx, Messages.fr.resx and Messages.pt.resx, then its constant here.
using System.Globalization;
using System.Resources;

namespace Campo.Errors;

/// <summary>
/// The texts of the errors users meet most (the scenario reader, <c>--set</c>, the dataset's unknown codes) in English,
/// Spanish, French and Portuguese, read from Errors/Messages.resx and its translations in the thread's UI culture (the
/// command line sets it from <c>--lang</c>). Whatever the language, a message keeps the shape
/// <c>file:line:column: field: problem; expected</c>, quotes values as they were written and writes numbers invariantly.
/// </summary>
internal static class Messages
{
    /// <summary>The resources of every language (satellite assemblies es, fr, pt; English in the main assembly).</summary>
    public static ResourceManager ResourceManager { get; } = new("Campo.Errors.Messages", typeof(Messages).Assembly);

    /// <summary>A text by key, in the language of <see cref="CultureInfo.CurrentUICulture"/> (English when it has none).</summary>
    /// <param name="key">A key of Messages.resx, given as <c>Messages.Key</c>.</param>
    /// <exception cref="KeyNotFoundException">No such key (a defect: keys are checked by a test).</exception>
    public static string Text(string key) =>
        ResourceManager.GetString(key, CultureInfo.CurrentUICulture) ?? throw new KeyNotFoundException("No resource string '" + key + "'.");

    /// <summary>A text with its placeholders filled; numbers in the placeholders are written invariantly (2.5, never 2,5).</summary>
    /// <param name="key">A key whose value has placeholders {0}, {1}, ...</param>
    /// <param name="arguments">The values.</param>
    public static string Fill(string key, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, Text(key), arguments);

    /// <summary>"expected ..." in the language.</summary>
    /// <param name="what">What is expected, already in the language.</param>
    public static string Expected(string what) => Fill(Toml_Expected, what);

    /// <summary>A problem followed by "; did you mean "x"?" when there is a suggestion.</summary>
    /// <param name="problem">The problem, already in the language.</param>
    /// <param name="suggestion">The closest allowed name, or null.</param>
    public static string WithSuggestion(string problem, string? suggestion) =>
        suggestion is null ? problem : problem + "; " + Fill(Common_DidYouMeanQuoted, suggestion);

    /// <summary>A whole number written invariantly, for the placeholders of a message.</summary>
    /// <param name="value">The number.</param>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number written invariantly, for the placeholders of a message.</summary>
    /// <param name="value">The number.</param>
    public static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>did you mean {0}?</summary>
    public const string Common_DidYouMean = nameof(Common_DidYouMean);

    /// <summary>did you mean "{0}"?</summary>
    public const string Common_DidYouMeanQuoted = nameof(Common_DidYouMeanQuoted);

    /// <summary>"{0}" is not a member code</summary>
    public const string Common_NotMemberCode = nameof(Common_NotMemberCode);

    /// <summary>one of {0}</summary>
    public const string Common_OneOf = nameof(Common_OneOf);

    /// <summary>a key of assumptions.csv</summary>
    public const string Dataset_AssumptionFix = nameof(Dataset_AssumptionFix);

    /// <summary>a commodity name or code; see campo data commodities</summary>
    public const string Dataset_CommodityFix = nameof(Dataset_CommodityFix);

    /// <summary>an ISO3 code such as MEX; see campo data members</summary>
    public const string Dataset_MemberFix = nameof(Dataset_MemberFix);

    /// <summary>the dataset states no assumption '{0}'</summary>
    public const string Dataset_NoAssumption = nameof(Dataset_NoAssumption);

    /// <summary>member {0} has no market data in the dataset</summary>
    public const string Dataset_NoMarketData = nameof(Dataset_NoMarketData);

    /// <summary>a member or region with IMPACT data; see campo data members</summary>
    public const string Dataset_NoMarketDataFix = nameof(Dataset_NoMarketDataFix);

    /// <summary>unknown coalition '{0}'</summary>
    public const string Dataset_UnknownCoalition = nameof(Dataset_UnknownCoalition);

    /// <summary>unknown commodity '{0}'</summary>
    public const string Dataset_UnknownCommodity = nameof(Dataset_UnknownCommodity);

    /// <summary>unknown member or region '{0}'</summary>
    public const string Dataset_UnknownMember = nameof(Dataset_UnknownMember);







    /// <summary>"{0}" belongs to the stated acceptance rules (weights, thresholds, red lines, coalition ru...</summary>
    public const string Decision_Retired = nameof(Decision_Retired);

    /// <summary>remove it: docs/models/negotiation.md states the estimated model, and campo negotiate --va...</summary>
    public const string Decision_RetiredFix = nameof(Decision_RetiredFix);


    /// <summary>there are {0} bands but the developed formula has {1}</summary>
    public const string MarketAccess_BandCount = nameof(MarketAccess_BandCount);

    /// <summary>give as many bands as the developed formula, band by band</summary>
    public const string MarketAccess_BandCountFix = nameof(MarketAccess_BandCountFix);

    /// <summary>a band cut is given although the cuts are a share of the developed cuts</summary>
    public const string MarketAccess_BandCutWithShare = nameof(MarketAccess_BandCutWithShare);

    /// <summary>remove either this cut or share_of_developed_cuts</summary>
    public const string MarketAccess_BandCutWithShareFix = nameof(MarketAccess_BandCutWithShareFix);

    /// <summary>band edge {0} is not above the previous band's edge {1}</summary>
    public const string MarketAccess_BandOrder = nameof(MarketAccess_BandOrder);

    /// <summary>list bands in increasing order of their lower edge</summary>
    public const string MarketAccess_BandOrderFix = nameof(MarketAccess_BandOrderFix);

    /// <summary>tariff escalation applies to the tiered formula only (a processed product takes the next band's cut)</summary>
    public const string MarketAccess_Escalation = nameof(MarketAccess_Escalation);

    /// <summary>remove escalation, or use formula = "tiered"</summary>
    public const string MarketAccess_EscalationFix = nameof(MarketAccess_EscalationFix);

    /// <summary>the maximum average cut ({0}) is below the minimum ({1})</summary>
    public const string MarketAccess_MaxBelowMin = nameof(MarketAccess_MaxBelowMin);

    /// <summary>expected a maximum of at least the minimum average cut</summary>
    public const string MarketAccess_MaxBelowMinFix = nameof(MarketAccess_MaxBelowMinFix);

    /// <summary>the minimum cut ({0}) is above the average cut ({1})</summary>
    public const string MarketAccess_MinAboveAverage = nameof(MarketAccess_MinAboveAverage);

    /// <summary>expected a minimum of at most the average cut</summary>
    public const string MarketAccess_MinAboveAverageFix = nameof(MarketAccess_MinAboveAverageFix);

    /// <summary>the minimum cut ({0}) is above the band's average cut ({1})</summary>
    public const string MarketAccess_MinAboveBandAverage = nameof(MarketAccess_MinAboveBandAverage);

    /// <summary>missing [[{0}.bands]]</summary>
    public const string MarketAccess_NoBands = nameof(MarketAccess_NoBands);

    /// <summary>expected at least one band, such as [[{0}.bands]] with above = 0</summary>
    public const string MarketAccess_NoBandsFix = nameof(MarketAccess_NoBandsFix);

    /// <summary>the value {0} is not a whole number of years</summary>
    public const string MarketAccess_NotWholeYears = nameof(MarketAccess_NotWholeYears);

    /// <summary>cuts stated as a share of the developed cuts, but [market_access.developed] has no tiered formula</summary>
    public const string MarketAccess_ShareWithoutTiers = nameof(MarketAccess_ShareWithoutTiers);

    /// <summary>give the developed members a tiered formula first, or give each band its own cut</summary>
    public const string MarketAccess_ShareWithoutTiersFix = nameof(MarketAccess_ShareWithoutTiersFix);

    /// <summary>the three shares of lines add up to {0}%</summary>
    public const string MarketAccess_SharesSum = nameof(MarketAccess_SharesSum);

    /// <summary>expected uruguay_round_share + swiss_share + duty_free_share = 100</summary>
    public const string MarketAccess_SharesSumFix = nameof(MarketAccess_SharesSumFix);

    /// <summary>more lines with a zero cut ({0}) than special products ({1})</summary>
    public const string MarketAccess_ZeroCutShare = nameof(MarketAccess_ZeroCutShare);

    /// <summary>expected a zero-cut share of at most share_of_lines</summary>
    public const string MarketAccess_ZeroCutShareFix = nameof(MarketAccess_ZeroCutShareFix);

    /// <summary>"{0}" is not a key or a list element such as bands[2]</summary>
    public const string Overrides_BadPart = nameof(Overrides_BadPart);

    /// <summary>number list elements from 1 in brackets</summary>
    public const string Overrides_BadPartFix = nameof(Overrides_BadPartFix);

    /// <summary>"{0}" cannot be set</summary>
    public const string Overrides_CannotSet = nameof(Overrides_CannotSet);

    /// <summary>end the path with a key, such as swiss_coefficient</summary>
    public const string Overrides_CannotSetFix = nameof(Overrides_CannotSetFix);

    /// <summary>an empty key in the path</summary>
    public const string Overrides_EmptyKey = nameof(Overrides_EmptyKey);

    /// <summary>separate keys with single dots</summary>
    public const string Overrides_EmptyKeyFix = nameof(Overrides_EmptyKeyFix);

    /// <summary>"{0}" has no table number {1}</summary>
    public const string Overrides_NoElement = nameof(Overrides_NoElement);

    /// <summary>number the elements of a list of tables from 1</summary>
    public const string Overrides_NoElementFix = nameof(Overrides_NoElementFix);

    /// <summary>there is no list "{0}" to take element {1} of</summary>
    public const string Overrides_NoList = nameof(Overrides_NoList);

    /// <summary>set elements of lists the file already has</summary>
    public const string Overrides_NoListFix = nameof(Overrides_NoListFix);

    /// <summary>"{0}" is not of the form path=value</summary>
    public const string Overrides_NotAssignment = nameof(Overrides_NotAssignment);

    /// <summary>write for example --set market_access.developed.swiss_coefficient=16</summary>
    public const string Overrides_NotAssignmentFix = nameof(Overrides_NotAssignmentFix);

    /// <summary>"{0}" is {1}, not a table</summary>
    public const string Overrides_NotTable = nameof(Overrides_NotTable);

    /// <summary>set a key inside a table, such as market_access.developed.cut</summary>
    public const string Overrides_NotTableFix = nameof(Overrides_NotTableFix);

    /// <summary>the last year of the base, such as 1993</summary>
    public const string Regional_BaseYearFix = nameof(Regional_BaseYearFix);

    /// <summary>both {0} and {1} are given</summary>
    public const string Regional_Both = nameof(Regional_Both);

    /// <summary>names of [regional.commodities.*] tables</summary>
    public const string Regional_CommodityNames = nameof(Regional_CommodityNames);

    /// <summary>names of [regional.commodities.*] tables: {0}</summary>
    public const string Regional_CommodityNamesList = nameof(Regional_CommodityNamesList);

    /// <summary>{0} is not a range of two numbers, low then high, within {1} to {2}</summary>
    public const string Regional_MaizeRange = nameof(Regional_MaizeRange);

    /// <summary>a list of two numbers such as [{0}, {1}], the first no larger than the second</summary>
    public const string Regional_MaizeRangeFix = nameof(Regional_MaizeRangeFix);

    /// <summary>the maize model's {0} is {1}, outside its range {2} to {3} ({4})</summary>
    public const string Regional_MaizeOutsideRange = nameof(Regional_MaizeOutsideRange);

    /// <summary>a value inside the range, or a range {0}_range = [low, high] that holds it</summary>
    public const string Regional_MaizeOutsideRangeFix = nameof(Regional_MaizeOutsideRangeFix);

    /// <summary>only {0} years in which both the white maize price and the import parity are known, too few to estimate the substitution θ</summary>
    public const string Regional_MaizeTransmissionYears = nameof(Regional_MaizeTransmissionYears);

    /// <summary>at least three years of the World Bank maize price and the GDP deflator within 1994-2003</summary>
    public const string Regional_MaizeTransmissionYearsFix = nameof(Regional_MaizeTransmissionYearsFix);

    /// <summary>the trend years {0}-{1} are not a span of at least 5 years within {2}-{3}</summary>
    public const string Regional_MaizeTrend = nameof(Regional_MaizeTrend);

    /// <summary>trend_from and trend_to from {0} to {1} (FAOSTAT, before NAFTA), at least 5 years apart</summary>
    public const string Regional_MaizeTrendFix = nameof(Regional_MaizeTrendFix);

    /// <summary>the commodities whose margins to show, such as ["maize"]</summary>
    public const string Regional_DumpingFix = nameof(Regional_DumpingFix);

    /// <summary>a duty for {0}, before entry into force in {1}</summary>
    public const string Regional_DutyBeforeEntry = nameof(Regional_DutyBeforeEntry);

    /// <summary>years from {0} to the horizon {1}</summary>
    public const string Regional_DutyBeforeEntryFix = nameof(Regional_DutyBeforeEntryFix);

    /// <summary>the year the agreement entered into force, such as 1994</summary>
    public const string Regional_EntryFix = nameof(Regional_EntryFix);

    /// <summary>entry into force in {0} is not after the base year {1}</summary>
    public const string Regional_EntryNotAfterBase = nameof(Regional_EntryNotAfterBase);

    /// <summary>a year after base_year: the base describes the market before the agreement</summary>
    public const string Regional_EntryNotAfterBaseFix = nameof(Regional_EntryNotAfterBaseFix);

    /// <summary>a flow such as USA_to_MEX (exporter_to_importer), or one of {0}</summary>
    public const string Regional_FlowKeyFix = nameof(Regional_FlowKeyFix);

    /// <summary>the focus names "{0}", which is not a commodity of the agreement</summary>
    public const string Regional_FocusUnknown = nameof(Regional_FocusUnknown);

    /// <summary>the horizon {0} is before entry into force or more than 50 years after it</summary>
    public const string Regional_Horizon = nameof(Regional_Horizon);

    /// <summary>a year from {0} to {1}</summary>
    public const string Regional_HorizonFix = nameof(Regional_HorizonFix);

    /// <summary>the last year to model, such as 2008</summary>
    public const string Regional_HorizonMissingFix = nameof(Regional_HorizonMissingFix);

    /// <summary>{0} is listed twice</summary>
    public const string Regional_ListedTwice = nameof(Regional_ListedTwice);

    /// <summary>each party once</summary>
    public const string Regional_ListedTwiceFix = nameof(Regional_ListedTwiceFix);

    /// <summary>the agreement names no commodity</summary>
    public const string Regional_NoCommodity = nameof(Regional_NoCommodity);

    /// <summary>at least one table such as [regional.commodities.maize]</summary>
    public const string Regional_NoCommodityFix = nameof(Regional_NoCommodityFix);

    /// <summary>missing the over-quota duty path</summary>
    public const string Regional_NoPath = nameof(Regional_NoPath);

    /// <summary>a table [{0}.{1}] with the duty in percent by year (or {1}_usd_per_t in USD per tonne), such as 1...</summary>
    public const string Regional_NoPathFix = nameof(Regional_NoPathFix);

    /// <summary>"{0}" is not a commodity of the agreement</summary>
    public const string Regional_NotCommodity = nameof(Regional_NotCommodity);

    /// <summary>"{0}" is not a party of the agreement</summary>
    public const string Regional_NotParty = nameof(Regional_NotParty);

    /// <summary>the value {0} is not a whole number from {1} to {2}</summary>
    public const string Regional_NotWhole = nameof(Regional_NotWhole);

    /// <summary>"{0}" is not a year</summary>
    public const string Regional_NotYear = nameof(Regional_NotYear);

    /// <summary>keys that are years, such as 1994 = 215</summary>
    public const string Regional_NotYearFix = nameof(Regional_NotYearFix);

    /// <summary>one of them</summary>
    public const string Regional_OneOfThem = nameof(Regional_OneOfThem);

    /// <summary>an over-quota duty below the in-quota rate of {0}%</summary>
    public const string Regional_OverBelowIn = nameof(Regional_OverBelowIn);

    /// <summary>over-quota duties at least equal to the in-quota rate</summary>
    public const string Regional_OverBelowInFix = nameof(Regional_OverBelowInFix);

    /// <summary>the parties' codes, such as ["MEX", "USA", "CAN"]</summary>
    public const string Regional_PartiesFix = nameof(Regional_PartiesFix);

    /// <summary>three letters such as MEX (ROW is the rest of the world, not a party)</summary>
    public const string Regional_PartyCodeFix = nameof(Regional_PartyCodeFix);

    /// <summary>the path runs to {0}, after the horizon {1}</summary>
    public const string Regional_PathAfterHorizon = nameof(Regional_PathAfterHorizon);

    /// <summary>a horizon of at least {0} in [regional], or a path that ends by {1}</summary>
    public const string Regional_PathAfterHorizonFix = nameof(Regional_PathAfterHorizonFix);

    /// <summary>the path does not give the duty in the year of entry into force, {0}</summary>
    public const string Regional_PathNoEntry = nameof(Regional_PathNoEntry);

    /// <summary>a first point {0} = ...</summary>
    public const string Regional_PathNoEntryFix = nameof(Regional_PathNoEntryFix);

    /// <summary>a flow with a tariff-rate quota takes its over-quota path, not a staging category</summary>
    public const string Regional_QuotaAndStaging = nameof(Regional_QuotaAndStaging);

    /// <summary>either quota_kt with over_quota, or staging</summary>
    public const string Regional_QuotaAndStagingFix = nameof(Regional_QuotaAndStagingFix);

    /// <summary>a quota growth of {0}% a year</summary>
    public const string Regional_QuotaGrowth = nameof(Regional_QuotaGrowth);

    /// <summary>a growth of at most 100% a year</summary>
    public const string Regional_QuotaGrowthFix = nameof(Regional_QuotaGrowthFix);

    /// <summary>"{0}" belongs to a tariff-rate quota, and this flow has no quota_kt</summary>
    public const string Regional_QuotaKeyWithoutQuota = nameof(Regional_QuotaKeyWithoutQuota);

    /// <summary>add quota_kt, or remove {0}</summary>
    public const string Regional_QuotaKeyWithoutQuotaFix = nameof(Regional_QuotaKeyWithoutQuotaFix);

    /// <summary>a quota that shrinks by {0}% a year</summary>
    public const string Regional_QuotaShrinks = nameof(Regional_QuotaShrinks);

    /// <summary>a growth of at least 0% a year: a tariff-rate quota's duty-free quantity does not fall</summary>
    public const string Regional_QuotaShrinksFix = nameof(Regional_QuotaShrinksFix);

    /// <summary>a flow from {0} to itself</summary>
    public const string Regional_SelfFlow = nameof(Regional_SelfFlow);

    /// <summary>a flow between two different parties</summary>
    public const string Regional_SelfFlowFix = nameof(Regional_SelfFlowFix);

    /// <summary>the shares of {0}'s imports add up to {1}%</summary>
    public const string Regional_SharesSum = nameof(Regional_SharesSum);

    /// <summary>shares that add up to at most 100%</summary>
    public const string Regional_SharesSumFix = nameof(Regional_SharesSumFix);

    /// <summary>staging {0} makes the tariff duty-free only in {1}, after the horizon {2}</summary>
    public const string Regional_StagingAfterHorizon = nameof(Regional_StagingAfterHorizon);

    /// <summary>a horizon of at least {0}, or a shorter category</summary>
    public const string Regional_StagingAfterHorizonFix = nameof(Regional_StagingAfterHorizonFix);

    /// <summary>an agreement needs at least two parties</summary>
    public const string Regional_TwoParties = nameof(Regional_TwoParties);

    /// <summary>two or more codes, such as ["MEX", "USA", "CAN"]</summary>
    public const string Regional_TwoPartiesFix = nameof(Regional_TwoPartiesFix);

    /// <summary>[base] year {0} differs from the agreement's base_year {1}</summary>
    public const string Scenario_BaseYear = nameof(Scenario_BaseYear);

    /// <summary>remove year from [base] (a regional agreement's base year is [regional] base_year), or make them ...</summary>
    public const string Scenario_BaseYearFix = nameof(Scenario_BaseYearFix);

    /// <summary>the file cannot be read: {0}</summary>
    public const string Scenario_CannotRead = nameof(Scenario_CannotRead);

    /// <summary>the evaluation year is before the first instalment ({0})</summary>
    public const string Scenario_EvaluateBeforeStart = nameof(Scenario_EvaluateBeforeStart);

    /// <summary>expected a year from start_year on, or no evaluate_year for full implementation</summary>
    public const string Scenario_EvaluateBeforeStartFix = nameof(Scenario_EvaluateBeforeStartFix);

    /// <summary>the date {0} is before the WTO came into being on 1995-01-01...</summary>
    public const string Scenario_MembersAtBeforeWto = nameof(Scenario_MembersAtBeforeWto);

    /// <summary>expected the date whose WTO membership counts, such as 2003-09-14</summary>
    public const string Scenario_MembersAtFix = nameof(Scenario_MembersAtFix);

    /// <summary>the date {0} is in the future: WTO membership is known up to today, {1}</summary>
    public const string Scenario_MembersAtFuture = nameof(Scenario_MembersAtFuture);

    /// <summary>no scenario file at this path</summary>
    public const string Scenario_NoFile = nameof(Scenario_NoFile);

    /// <summary>give the path of a .toml scenario, such as scenarios/cancun-2003.toml</summary>
    public const string Scenario_NoFileFix = nameof(Scenario_NoFileFix);

    /// <summary>a regional scenario (kind = "regional") without a [regional] section</summary>
    public const string Scenario_NoRegional = nameof(Scenario_NoRegional);

    /// <summary>a [regional] section with the parties, dates and schedules (docs/scenarios.md)</summary>
    public const string Scenario_NoRegionalFix = nameof(Scenario_NoRegionalFix);

    /// <summary>a regional agreement takes its tariffs and dates from [regional], not from [{0}]</summary>
    public const string Scenario_PillarInRegional = nameof(Scenario_PillarInRegional);

    /// <summary>remove [{0}], or write kind = "multilateral"</summary>
    public const string Scenario_PillarInRegionalFix = nameof(Scenario_PillarInRegionalFix);

    /// <summary>a [regional] section in a multilateral draft</summary>
    public const string Scenario_RegionalInMultilateral = nameof(Scenario_RegionalInMultilateral);

    /// <summary>write kind = "regional" for a preferential agreement, or remove [regional]</summary>
    public const string Scenario_RegionalInMultilateralFix = nameof(Scenario_RegionalInMultilateralFix);

    /// <summary>schema version {0} is not supported</summary>
    public const string Scenario_Schema = nameof(Scenario_Schema);

    /// <summary>this version of Campo reads schema = {0}</summary>
    public const string Scenario_SchemaFix = nameof(Scenario_SchemaFix);

    /// <summary>a date such as 2003-09-14</summary>
    public const string Toml_ADate = nameof(Toml_ADate);

    /// <summary>a list of numbers such as [20, 50, 75]</summary>
    public const string Toml_AListOfNumbers = nameof(Toml_AListOfNumbers);

    /// <summary>a list of tables [[{0}]]</summary>
    public const string Toml_AListOfTables = nameof(Toml_AListOfTables);

    /// <summary>a list of texts such as ["MEX", "USA"]</summary>
    public const string Toml_AListOfTexts = nameof(Toml_AListOfTexts);

    /// <summary>a number</summary>
    public const string Toml_ANumber = nameof(Toml_ANumber);

    /// <summary>a number from {0}{2} to {1}{2}</summary>
    public const string Toml_ANumberFrom = nameof(Toml_ANumberFrom);

    /// <summary>a number in the list {0}</summary>
    public const string Toml_ANumberInList = nameof(Toml_ANumberInList);

    /// <summary>a number, or { value = 25, source = "...", status = "verified" }</summary>
    public const string Toml_ANumberOrAnnotated = nameof(Toml_ANumberOrAnnotated);

    /// <summary>a percentage such as 36 (for 36%)</summary>
    public const string Toml_APercentage = nameof(Toml_APercentage);

    /// <summary>a table [{0}]</summary>
    public const string Toml_ATable = nameof(Toml_ATable);

    /// <summary>a table in the list [[{0}]]</summary>
    public const string Toml_ATableInList = nameof(Toml_ATableInList);

    /// <summary>a text in double quotes</summary>
    public const string Toml_AText = nameof(Toml_AText);

    /// <summary>a text in the list {0}</summary>
    public const string Toml_ATextInList = nameof(Toml_ATextInList);

    /// <summary>a whole number</summary>
    public const string Toml_AWholeNumber = nameof(Toml_AWholeNumber);

    /// <summary>a whole number from {0} to {1}</summary>
    public const string Toml_AWholeNumberFrom = nameof(Toml_AWholeNumberFrom);

    /// <summary>a whole number, or { value = 2013, source = "...", status = "verified" }</summary>
    public const string Toml_AWholeNumberOrAnnotated = nameof(Toml_AWholeNumberOrAnnotated);

    /// <summary>allowed keys: {0}</summary>
    public const string Toml_AllowedKeys = nameof(Toml_AllowedKeys);

    /// <summary>"{0}" is already defined as {1}</summary>
    public const string Toml_AlreadyDefined = nameof(Toml_AlreadyDefined);

    /// <summary>expected at most {0}%</summary>
    public const string Toml_AtMostPercent = nameof(Toml_AtMostPercent);

    /// <summary>check quotes, brackets and '=' on that line (docs/scenarios.md shows the format)</summary>
    public const string Toml_CheckLine = nameof(Toml_CheckLine);

    /// <summary>a key can be defined only once</summary>
    public const string Toml_DefineOnce = nameof(Toml_DefineOnce);

    /// <summary>the key "{0}" is defined twice in [{1}]</summary>
    public const string Toml_DefinedTwiceIn = nameof(Toml_DefinedTwiceIn);

    /// <summary>the key "{0}" is defined twice in the top of the file</summary>
    public const string Toml_DefinedTwiceTop = nameof(Toml_DefinedTwiceTop);

    /// <summary>use either [{0}] or [[{0}]], not both</summary>
    public const string Toml_EitherTableOrList = nameof(Toml_EitherTableOrList);

    /// <summary>an empty text</summary>
    public const string Toml_EmptyText = nameof(Toml_EmptyText);

    /// <summary>write a value between the quotes or remove the key</summary>
    public const string Toml_EmptyTextFix = nameof(Toml_EmptyTextFix);

    /// <summary>expected {0}</summary>
    public const string Toml_Expected = nameof(Toml_Expected);

    /// <summary>found {0}</summary>
    public const string Toml_Found = nameof(Toml_Found);

    /// <summary>found {0} ({1})</summary>
    public const string Toml_FoundValue = nameof(Toml_FoundValue);

    /// <summary>keep one of them</summary>
    public const string Toml_KeepOne = nameof(Toml_KeepOne);

    /// <summary>true or false</summary>
    public const string Toml_KindBoolean = nameof(Toml_KindBoolean);

    /// <summary>a date</summary>
    public const string Toml_KindDate = nameof(Toml_KindDate);

    /// <summary>an integer</summary>
    public const string Toml_KindInteger = nameof(Toml_KindInteger);

    /// <summary>a list</summary>
    public const string Toml_KindList = nameof(Toml_KindList);

    /// <summary>a number</summary>
    public const string Toml_KindNumber = nameof(Toml_KindNumber);

    /// <summary>a string</summary>
    public const string Toml_KindString = nameof(Toml_KindString);

    /// <summary>a table</summary>
    public const string Toml_KindTable = nameof(Toml_KindTable);

    /// <summary>missing key "{0}" in [{1}]</summary>
    public const string Toml_MissingKeyIn = nameof(Toml_MissingKeyIn);

    /// <summary>missing key "{0}" at the top of the file</summary>
    public const string Toml_MissingKeyTop = nameof(Toml_MissingKeyTop);

    /// <summary>a negative rate ({0}%)</summary>
    public const string Toml_NegativeRate = nameof(Toml_NegativeRate);

    /// <summary>this table takes no keys</summary>
    public const string Toml_NoKeys = nameof(Toml_NoKeys);

    /// <summary>found {0}, which is not a finite number</summary>
    public const string Toml_NotFinite = nameof(Toml_NotFinite);

    /// <summary>the file is not valid TOML: {0}</summary>
    public const string Toml_NotValid = nameof(Toml_NotValid);

    /// <summary>the value {0}{1} is out of range</summary>
    public const string Toml_OutOfRange = nameof(Toml_OutOfRange);

    /// <summary>expected a percentage of at least 0</summary>
    public const string Toml_PercentAtLeastZero = nameof(Toml_PercentAtLeastZero);

    /// <summary>the rate {0}% is above the maximum</summary>
    public const string Toml_RateAboveMaximum = nameof(Toml_RateAboveMaximum);

    /// <summary>see docs/scenarios.md for the format</summary>
    public const string Toml_SeeDocs = nameof(Toml_SeeDocs);

    /// <summary>lists and inline tables are nested more than {0} levels deep</summary>
    public const string Toml_TooDeep = nameof(Toml_TooDeep);

    /// <summary>write the value with fewer brackets: scenario values need three levels at most</summary>
    public const string Toml_TooDeepFix = nameof(Toml_TooDeepFix);

    /// <summary>true or false</summary>
    public const string Toml_TrueOrFalse = nameof(Toml_TrueOrFalse);

    /// <summary>unknown key "{0}" in [{1}]</summary>
    public const string Toml_UnknownKeyIn = nameof(Toml_UnknownKeyIn);

    /// <summary>unknown key "{0}" at the top of the file</summary>
    public const string Toml_UnknownKeyTop = nameof(Toml_UnknownKeyTop);

    /// <summary>unknown value "{0}"</summary>
    public const string Toml_UnknownValue = nameof(Toml_UnknownValue);

    /// <summary>a value Campo cannot read</summary>
    public const string Toml_UnreadableValue = nameof(Toml_UnreadableValue);

    /// <summary>use a number, text, true/false, a date, a list or a table</summary>
    public const string Toml_UnreadableValueFix = nameof(Toml_UnreadableValueFix);

    /// <summary> points</summary>
    public const string Unit_Points = nameof(Unit_Points);

    /// <summary> years</summary>
    public const string Unit_Years = nameof(Unit_Years);
}
