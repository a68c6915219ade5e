// The keys of Cli.resx, one constant each. A test checks that this list and the resources agree: add a key to
// Cli.resx, Cli.es.resx, Cli.fr.resx and Cli.pt.resx, then its constant here (or regenerate the five files together).
using System.Resources;

namespace Campo.Cli.Resources;

/// <summary>
/// The keys of the command line's strings (Resources/Cli.resx and its translations), as constants, and the resource manager
/// that reads them. Read a string through <see cref="Infrastructure.CliText"/>, naming its key as <c>CliStrings.Key</c>.
/// </summary>
public static class CliStrings
{
    /// <summary>The resources of every language (satellite assemblies es, fr, pt; English in the main assembly).</summary>
    public static ResourceManager ResourceManager { get; } = new("Campo.Cli.Resources.Cli", typeof(CliStrings).Assembly);

    /// <summary>cancelled.</summary>
    public const string App_Cancelled = nameof(App_Cancelled);

    /// <summary>Campo shows what a trade agreement does to farmers, consumers and treasuries before it is ...</summary>
    public const string App_Description = nameof(App_Description);

    /// <summary>internal error: {0}</summary>
    public const string App_InternalError = nameof(App_InternalError);

    /// <summary>Please report this, with the command you ran, at the project's issue tracker.</summary>
    public const string App_PleaseReport = nameof(App_PleaseReport);

    /// <summary>A coalition code (G20, G22, CAIRNS, G33, C4, ACP, AFRICAN, LDC, ...) to list its member...</summary>
    public const string Argument_Coalition = nameof(Argument_Coalition);

    /// <summary>The first scenario file.</summary>
    public const string Argument_CompareFirst = nameof(Argument_CompareFirst);

    /// <summary>The second scenario file.</summary>
    public const string Argument_CompareSecond = nameof(Argument_CompareSecond);

    /// <summary>The model, in quotes: "outcome ~ regressors | fixed effects", e.g. "trade ~ rta + log(d...</summary>
    public const string Argument_Formula = nameof(Argument_Formula);

    /// <summary>The data: .csv (comma), .tsv/.dlm (tab), optionally gzipped (.csv.gz), or .parquet. The...</summary>
    public const string Argument_GravityData = nameof(Argument_GravityData);

    /// <summary>The scenario (draft) file, such as scenarios/cancun-2003.toml.</summary>
    public const string Argument_ScenarioFile = nameof(Argument_ScenarioFile);

    /// <summary>The member whose schedule to cut, as a three-letter code such as BRA.</summary>
    public const string Argument_ScheduleMember = nameof(Argument_ScheduleMember);

    /// <summary>A commodity named plainly (maize, beans) or by code (maiz, jmaiz).</summary>
    public const string Argument_ShowCommodity = nameof(Argument_ShowCommodity);

    /// <summary>A WTO member (ISO3 code such as MEX, or EUN for the EU) or a market region code (CHM, C...</summary>
    public const string Argument_ShowMember = nameof(Argument_ShowMember);

    /// <summary>A counterfactual file (.toml): data, formula, the change in trade costs, sigma or theta...</summary>
    public const string Argument_Spec = nameof(Argument_Spec);

    /// <summary>consumers</summary>
    public const string Bears_Consumers = nameof(Bears_Consumers);

    /// <summary>consumers bear {0} of the losses ({1})</summary>
    public const string Bears_ConsumersBear = nameof(Bears_ConsumersBear);

    /// <summary>consumers gain {0}</summary>
    public const string Bears_ConsumersGain = nameof(Bears_ConsumersGain);

    /// <summary>farmers</summary>
    public const string Bears_Farmers = nameof(Bears_Farmers);

    /// <summary>farmers bear {0} of the losses ({1})</summary>
    public const string Bears_FarmersBear = nameof(Bears_FarmersBear);

    /// <summary>farmers gain {0}</summary>
    public const string Bears_FarmersGain = nameof(Bears_FarmersGain);

    /// <summary>{0}: no change.</summary>
    public const string Bears_NoChange = nameof(Bears_NoChange);

    /// <summary>no one loses</summary>
    public const string Bears_NoOneLoses = nameof(Bears_NoOneLoses);

    /// <summary>{0} {1} ({2})</summary>
    public const string Bears_OtherLoser = nameof(Bears_OtherLoser);

    /// <summary>quota and licence holders</summary>
    public const string Bears_QuotaHolders = nameof(Bears_QuotaHolders);

    /// <summary>quota and licence holders bear {0} of the losses ({1})</summary>
    public const string Bears_QuotaHoldersBear = nameof(Bears_QuotaHoldersBear);

    /// <summary>quota and licence holders gain {0}</summary>
    public const string Bears_QuotaHoldersGain = nameof(Bears_QuotaHoldersGain);

    /// <summary>{0}: {1}. Net {2} million USD a year.</summary>
    public const string Bears_Sentence = nameof(Bears_Sentence);

    /// <summary>the treasury</summary>
    public const string Bears_Treasury = nameof(Bears_Treasury);

    /// <summary>the treasury bears {0} of the losses ({1})</summary>
    public const string Bears_TreasuryBears = nameof(Bears_TreasuryBears);

    /// <summary>the treasury gains {0}</summary>
    public const string Bears_TreasuryGains = nameof(Bears_TreasuryGains);

    /// <summary>accession</summary>
    public const string Col_Accession = nameof(Col_Accession);

    /// <summary>agreement: producer price</summary>
    public const string Col_AgreementProducerPrice = nameof(Col_AgreementProducerPrice);

    /// <summary>applied</summary>
    public const string Col_Applied = nameof(Col_Applied);

    /// <summary>Applied before → after</summary>
    public const string Col_AppliedBeforeAfter = nameof(Col_AppliedBeforeAfter);

    /// <summary>Applied falls</summary>
    public const string Col_AppliedFalls = nameof(Col_AppliedFalls);

    /// <summary>{0} applied</summary>
    public const string Col_AppliedInYear = nameof(Col_AppliedInYear);

    /// <summary>average applied tariff</summary>
    public const string Col_AverageTariff = nameof(Col_AverageTariff);

    /// <summary>90% band</summary>
    public const string Col_Band = nameof(Col_Band);

    /// <summary>base tariff</summary>
    public const string Col_BaseTariff = nameof(Col_BaseTariff);

    /// <summary>farm-to-port basis (USD/t)</summary>
    public const string Col_BasisPerTonne = nameof(Col_BasisPerTonne);

    /// <summary>both: producer price</summary>
    public const string Col_BothProducerPrice = nameof(Col_BothProducerPrice);

    /// <summary>Bound before → after</summary>
    public const string Col_BoundBeforeAfter = nameof(Col_BoundBeforeAfter);

    /// <summary>bytes</summary>
    public const string Col_Bytes = nameof(Col_Bytes);

    /// <summary>change</summary>
    public const string Col_Change = nameof(Col_Change);

    /// <summary>change {0}</summary>
    public const string Col_ChangeDraft = nameof(Col_ChangeDraft);

    /// <summary>cluster</summary>
    public const string Col_Cluster = nameof(Col_Cluster);

    /// <summary>coalition</summary>
    public const string Col_Coalition = nameof(Col_Coalition);

    /// <summary>coalitions</summary>
    public const string Col_Coalitions = nameof(Col_Coalitions);

    /// <summary>code</summary>
    public const string Col_Code = nameof(Col_Code);

    /// <summary>commodity</summary>
    public const string Col_Commodity = nameof(Col_Commodity);

    /// <summary>consumers</summary>
    public const string Col_Consumers = nameof(Col_Consumers);

    /// <summary>consumers {0}</summary>
    public const string Col_ConsumersDraft = nameof(Col_ConsumersDraft);

    /// <summary>cost (USD/acre)</summary>
    public const string Col_CostPerAcre = nameof(Col_CostPerAcre);

    /// <summary>cost (USD/bu)</summary>
    public const string Col_CostPerBushel = nameof(Col_CostPerBushel);

    /// <summary>cost (USD/t)</summary>
    public const string Col_CostPerTonne = nameof(Col_CostPerTonne);

    /// <summary>country</summary>
    public const string Col_Country = nameof(Col_Country);

    /// <summary>draft: tariff</summary>
    public const string Col_DraftTariff = nameof(Col_DraftTariff);

    /// <summary>estimate</summary>
    public const string Col_Estimate = nameof(Col_Estimate);

    /// <summary>exports (cond.) %</summary>
    public const string Col_ExportsConditional = nameof(Col_ExportsConditional);

    /// <summary>exports (full) %</summary>
    public const string Col_ExportsFull = nameof(Col_ExportsFull);

    /// <summary>factory price %</summary>
    public const string Col_FactoryPrice = nameof(Col_FactoryPrice);

    /// <summary>FAOSTAT items</summary>
    public const string Col_FaostatItems = nameof(Col_FaostatItems);

    /// <summary>farm revenue</summary>
    public const string Col_FarmRevenue = nameof(Col_FarmRevenue);

    /// <summary>farmers</summary>
    public const string Col_Farmers = nameof(Col_Farmers);

    /// <summary>farmers {0}</summary>
    public const string Col_FarmersDraft = nameof(Col_FarmersDraft);

    /// <summary>farmers ({0})</summary>
    public const string Col_FarmersUnder = nameof(Col_FarmersUnder);

    /// <summary>figure</summary>
    public const string Col_Figure = nameof(Col_Figure);

    /// <summary>file</summary>
    public const string Col_File = nameof(Col_File);

    /// <summary>members (first 10)</summary>
    public const string Col_FirstMembers = nameof(Col_FirstMembers);

    /// <summary>flow</summary>
    public const string Col_Flow = nameof(Col_Flow);

    /// <summary>tariff formula</summary>
    public const string Col_Formula = nameof(Col_Formula);

    /// <summary>group</summary>
    public const string Col_Group = nameof(Col_Group);

    /// <summary>Gulf price (USD/t)</summary>
    public const string Col_GulfPrice = nameof(Col_GulfPrice);

    /// <summary>farm price of the crop year (USD/t)</summary>
    public const string Col_HarvestPrice = nameof(Col_HarvestPrice);

    /// <summary>imports observed</summary>
    public const string Col_ImportsObserved = nameof(Col_ImportsObserved);

    /// <summary>in draws</summary>
    public const string Col_InDraws = nameof(Col_InDraws);

    /// <summary>inward MR %</summary>
    public const string Col_InwardResistance = nameof(Col_InwardResistance);

    /// <summary>kind</summary>
    public const string Col_Kind = nameof(Col_Kind);

    /// <summary>last tonne, applied</summary>
    public const string Col_LastTonneApplied = nameof(Col_LastTonneApplied);

    /// <summary>last tonne, legal</summary>
    public const string Col_LastTonneLegal = nameof(Col_LastTonneLegal);

    /// <summary>legal</summary>
    public const string Col_Legal = nameof(Col_Legal);

    /// <summary>{0} legal</summary>
    public const string Col_LegalInYear = nameof(Col_LegalInYear);

    /// <summary>Lines</summary>
    public const string Col_Lines = nameof(Col_Lines);

    /// <summary>margin</summary>
    public const string Col_Margin = nameof(Col_Margin);

    /// <summary>Gulf price, Sep-Aug (USD/t)</summary>
    public const string Col_MarketingYearPrice = nameof(Col_MarketingYearPrice);

    /// <summary>member</summary>
    public const string Col_Member = nameof(Col_Member);

    /// <summary>members</summary>
    public const string Col_Members = nameof(Col_Members);

    /// <summary>model, applied duties</summary>
    public const string Col_ModelApplied = nameof(Col_ModelApplied);

    /// <summary>model, legal duties</summary>
    public const string Col_ModelLegal = nameof(Col_ModelLegal);

    /// <summary>name</summary>
    public const string Col_Name = nameof(Col_Name);

    /// <summary>name in source</summary>
    public const string Col_NameInSource = nameof(Col_NameInSource);

    /// <summary>note</summary>
    public const string Col_Note = nameof(Col_Note);

    /// <summary>objecting alone</summary>
    public const string Col_ObjectingAlone = nameof(Col_ObjectingAlone);

    /// <summary>objects in draws</summary>
    public const string Col_ObjectsInDraws = nameof(Col_ObjectsInDraws);

    /// <summary>observed (FAOSTAT)</summary>
    public const string Col_ObservedFaostat = nameof(Col_ObservedFaostat);

    /// <summary>outward MR %</summary>
    public const string Col_OutwardResistance = nameof(Col_OutwardResistance);

    /// <summary>Overhang before → after</summary>
    public const string Col_OverhangBeforeAfter = nameof(Col_OverhangBeforeAfter);

    /// <summary>p-value</summary>
    public const string Col_PValue = nameof(Col_PValue);

    /// <summary>parameter</summary>
    public const string Col_Parameter = nameof(Col_Parameter);

    /// <summary>passable range</summary>
    public const string Col_PassableRange = nameof(Col_PassableRange);

    /// <summary>payoff</summary>
    public const string Col_Payoff = nameof(Col_Payoff);

    /// <summary>per t</summary>
    public const string Col_PerTonne = nameof(Col_PerTonne);

    /// <summary>per t / per ha</summary>
    public const string Col_PerTonneHectare = nameof(Col_PerTonneHectare);

    /// <summary>position</summary>
    public const string Col_Position = nameof(Col_Position);

    /// <summary>price (USD/bu)</summary>
    public const string Col_PricePerBushel = nameof(Col_PricePerBushel);

    /// <summary>producer price</summary>
    public const string Col_ProducerPrice = nameof(Col_ProducerPrice);

    /// <summary>producer price {0}</summary>
    public const string Col_ProducerPriceDraft = nameof(Col_ProducerPriceDraft);

    /// <summary>producer price legal / applied</summary>
    public const string Col_ProducerPriceLegalApplied = nameof(Col_ProducerPriceLegalApplied);

    /// <summary>Product group</summary>
    public const string Col_ProductGroup = nameof(Col_ProductGroup);

    /// <summary>production</summary>
    public const string Col_Production = nameof(Col_Production);

    /// <summary>quota (kt)</summary>
    public const string Col_QuotaKt = nameof(Col_QuotaKt);

    /// <summary>range</summary>
    public const string Col_Range = nameof(Col_Range);

    /// <summary>real coalitions inside</summary>
    public const string Col_RealCoalitions = nameof(Col_RealCoalitions);

    /// <summary>real GDP %</summary>
    public const string Col_RealGdp = nameof(Col_RealGdp);

    /// <summary>region</summary>
    public const string Col_Region = nameof(Col_Region);

    /// <summary>regions</summary>
    public const string Col_Regions = nameof(Col_Regions);

    /// <summary>regions where farmers lose</summary>
    public const string Col_RegionsFarmersLose = nameof(Col_RegionsFarmersLose);

    /// <summary>relation</summary>
    public const string Col_Relation = nameof(Col_Relation);

    /// <summary>rows</summary>
    public const string Col_Rows = nameof(Col_Rows);

    /// <summary>size</summary>
    public const string Col_Size = nameof(Col_Size);

    /// <summary>std. error</summary>
    public const string Col_StandardError = nameof(Col_StandardError);

    /// <summary>status</summary>
    public const string Col_Status = nameof(Col_Status);

    /// <summary>export subsidy cut</summary>
    public const string Col_SubsidyCut = nameof(Col_SubsidyCut);

    /// <summary>support cut</summary>
    public const string Col_SupportCut = nameof(Col_SupportCut);

    /// <summary>tabled</summary>
    public const string Col_Tabled = nameof(Col_Tabled);

    /// <summary>tariff</summary>
    public const string Col_Tariff = nameof(Col_Tariff);

    /// <summary>term</summary>
    public const string Col_Term = nameof(Col_Term);

    /// <summary>terms</summary>
    public const string Col_Terms = nameof(Col_Terms);

    /// <summary>total</summary>
    public const string Col_Total = nameof(Col_Total);

    /// <summary>total {0}</summary>
    public const string Col_TotalDraft = nameof(Col_TotalDraft);

    /// <summary>Trade-wtd applied</summary>
    public const string Col_TradeWeightedApplied = nameof(Col_TradeWeightedApplied);

    /// <summary>treasury</summary>
    public const string Col_Treasury = nameof(Col_Treasury);

    /// <summary>unit</summary>
    public const string Col_Unit = nameof(Col_Unit);

    /// <summary>US dumping margin</summary>
    public const string Col_UsDumpingMargin = nameof(Col_UsDumpingMargin);

    /// <summary>value</summary>
    public const string Col_Value = nameof(Col_Value);

    /// <summary>vintage</summary>
    public const string Col_Vintage = nameof(Col_Vintage);

    /// <summary>welfare %</summary>
    public const string Col_WelfarePercent = nameof(Col_WelfarePercent);

    /// <summary>who</summary>
    public const string Col_Who = nameof(Col_Who);

    /// <summary>why</summary>
    public const string Col_Why = nameof(Col_Why);

    /// <summary>with the agreement</summary>
    public const string Col_WithAgreement = nameof(Col_WithAgreement);

    /// <summary>with the draft</summary>
    public const string Col_WithDraft = nameof(Col_WithDraft);

    /// <summary>world price 2005 (USD/t)</summary>
    public const string Col_WorldPrice2005 = nameof(Col_WorldPrice2005);

    /// <summary>WTO member</summary>
    public const string Col_WtoMember = nameof(Col_WtoMember);

    /// <summary>year</summary>
    public const string Col_Year = nameof(Col_Year);

    /// <summary>yield (bu/acre)</summary>
    public const string Col_YieldPerAcre = nameof(Col_YieldPerAcre);

    /// <summary>Evaluate two drafts on the same data and show them side by side.</summary>
    public const string Command_Compare = nameof(Command_Compare);

    /// <summary>The default dataset (base 2005): WTO members, coalitions, commodities, market figures,...</summary>
    public const string Command_Data = nameof(Command_Data);

    /// <summary>Derive the dataset's CSV files from the shared public data (re-runnable, byte for byte).</summary>
    public const string Command_DataBuild = nameof(Command_DataBuild);

    /// <summary>List coalitions with their vintage and source, or the members of one coalition.</summary>
    public const string Command_DataCoalitions = nameof(Command_DataCoalitions);

    /// <summary>List commodities with their FAOSTAT items, HS headings and 2005 world price.</summary>
    public const string Command_DataCommodities = nameof(Command_DataCommodities);

    /// <summary>List WTO members with accession date, status and market region (all members, or those a...</summary>
    public const string Command_DataMembers = nameof(Command_DataMembers);

    /// <summary>Show a card of one member's or region's 2005 figures for one commodity, with their sour...</summary>
    public const string Command_DataShow = nameof(Command_DataShow);

    /// <summary>Export-dumping margins by IATP's method: (full cost of production − export price) / ful...</summary>
    public const string Command_Dumping = nameof(Command_Dumping);

    /// <summary>Structural gravity: PPML estimation with fixed effects, and general-equilibrium counter...</summary>
    public const string Command_Gravity = nameof(Command_Gravity);

    /// <summary>Simulate a change in trade costs in general equilibrium, as described in a TOML file.</summary>
    public const string Command_GravityCounterfactual = nameof(Command_GravityCounterfactual);

    /// <summary>Estimate a gravity model by PPML (or OLS) with high-dimensional fixed effects.</summary>
    public const string Command_GravityEstimate = nameof(Command_GravityEstimate);

    /// <summary>Could the draft pass? Each member's government judges it (weighted payoff, red lines),...</summary>
    public const string Command_Negotiate = nameof(Command_Negotiate);

    /// <summary>Evaluate a draft: what it asks of each member, the world prices, and what farmers, cons...</summary>
    public const string Command_Run = nameof(Command_Run);

    /// <summary>Apply a draft's tariff formula and flexibilities to a member's schedule, line by line,...</summary>
    public const string Command_Schedule = nameof(Command_Schedule);

    /// <summary>Start Campo's web page and JSON API: choose or upload a draft, see the brief and charts...</summary>
    public const string Command_Serve = nameof(Command_Serve);

    /// <summary>Who gains and who loses, by group (total welfare)</summary>
    public const string Compare_GroupsTitle = nameof(Compare_GroupsTitle);

    /// <summary>{0} in all: A {1}, B {2}, B − A {3} million USD a year.</summary>
    public const string Compare_InAll = nameof(Compare_InAll);

    /// <summary>{0}: farmers and consumers by commodity</summary>
    public const string Compare_MemberTitle = nameof(Compare_MemberTitle);

    /// <summary>Million US dollars a year at {0} prices; B − A is what the second draft adds to the first.</summary>
    public const string Compare_MoneyNote = nameof(Compare_MoneyNote);

    /// <summary>World prices that differ most</summary>
    public const string Compare_PricesTitle = nameof(Compare_PricesTitle);

    /// <summary>The {0} market already holds the agreement's first {1} years, so the multilateral draft...</summary>
    public const string Cross_AlreadyHolds = nameof(Cross_AlreadyHolds);

    /// <summary>The world market model cuts each member's average applied tariff over all origins: it c...</summary>
    public const string Cross_AverageTariff = nameof(Cross_AverageTariff);

    /// <summary>The two drafts use different models on different data, so their money figures cannot be...</summary>
    public const string Cross_DifferentModels = nameof(Cross_DifferentModels);

    /// <summary>{0}: the world market model (one world price per commodity), the draft fully applied to...</summary>
    public const string Cross_Multilateral = nameof(Cross_Multilateral);

    /// <summary>Neither model includes demand growth, incomes, exchange rates or harvests; the regional...</summary>
    public const string Cross_NoDemandGrowth = nameof(Cross_NoDemandGrowth);

    /// <summary>{0} is not in both evaluations: {1} has no market for it.</summary>
    public const string Cross_NotInBoth = nameof(Cross_NotInBoth);

    /// <summary>{0}: the bilateral (Armington) model, {1} against the {2} market, money at {2} prices,...</summary>
    public const string Cross_Regional = nameof(Cross_Regional);

    /// <summary>{0}: the agreement moves {1}'s producer price by {2} (farmers {3} million USD a year);...</summary>
    public const string Cross_Sentence = nameof(Cross_Sentence);

    /// <summary>{0}: the agreement moves {1}'s producer price by {2} (farmers {3} million USD a year);...</summary>
    public const string Cross_SentenceWorld = nameof(Cross_SentenceWorld);

    /// <summary>Farmers: producer surplus, million USD a year, at {0} prices for the agreement and {1}...</summary>
    public const string Cross_TableNote = nameof(Cross_TableNote);

    /// <summary>{0}'s farmers under the regional agreement and under the multilateral draft</summary>
    public const string Cross_TableTitle = nameof(Cross_TableTitle);

    /// <summary>Bound tariff: {0}</summary>
    public const string Data_Bound = nameof(Data_Bound);

    /// <summary>Bound tariff: unknown. Assumption: {0}</summary>
    public const string Data_BoundUnknown = nameof(Data_BoundUnknown);

    /// <summary>({0}), vintage {1}: {2} members</summary>
    public const string Data_CoalitionHeader = nameof(Data_CoalitionHeader);

    /// <summary>Every list is dated and cited: campo data coalitions CODE shows its members and source.</summary>
    public const string Data_CoalitionsFooter = nameof(Data_CoalitionsFooter);

    /// <summary>Source: {0}. FAOSTAT items from IMPACT's FAO2J set; HS headings where a cited tariff fa...</summary>
    public const string Data_CommoditiesFooter = nameof(Data_CommoditiesFooter);

    /// <summary>FAOSTAT 2005, {0}, {1}: {2} thousand t</summary>
    public const string Data_Faostat = nameof(Data_Faostat);

    /// <summary>crop</summary>
    public const string Data_KindCrop = nameof(Data_KindCrop);

    /// <summary>livestock</summary>
    public const string Data_KindLivestock = nameof(Data_KindLivestock);

    /// <summary>not traded</summary>
    public const string Data_KindNonTraded = nameof(Data_KindNonTraded);

    /// <summary>processed</summary>
    public const string Data_KindProcessed = nameof(Data_KindProcessed);

    /// <summary>{0}: {1} (the EU counts as one member beside its member states). * status by stated ass...</summary>
    public const string Data_MembersFooter = nameof(Data_MembersFooter);

    /// <summary>WTO members on {0}</summary>
    public const string Data_MembersOn = nameof(Data_MembersOn);

    /// <summary>WTO members to date</summary>
    public const string Data_MembersToDate = nameof(Data_MembersToDate);

    /// <summary>applied {0}</summary>
    public const string Data_RateApplied = nameof(Data_RateApplied);

    /// <summary>bound {0}</summary>
    public const string Data_RateBound = nameof(Data_RateBound);

    /// <summary>in quota {0}</summary>
    public const string Data_RateInQuota = nameof(Data_RateInQuota);

    /// <summary>Market region {0} ({1}), {2}: {3}</summary>
    public const string Data_ShowRegion = nameof(Data_ShowRegion);

    /// <summary>Sources: {0}. Wedges and elasticities: see docs/data.md.</summary>
    public const string Data_ShowSources = nameof(Data_ShowSources);

    /// <summary>{0}: {1} ({2}), base {3}</summary>
    public const string Data_ShowTitle = nameof(Data_ShowTitle);

    /// <summary>Source: {0}</summary>
    public const string Data_Source = nameof(Data_Source);

    /// <summary>Tariff fact ({0}): {1} [{2}]</summary>
    public const string Data_TariffFact = nameof(Data_TariffFact);

    /// <summary>Wrote {0} files, {1} KiB, to {2}.</summary>
    public const string Data_Wrote = nameof(Data_Wrote);

    /// <summary>Check against published figures</summary>
    public const string Dumping_Checks = nameof(Dumping_Checks);

    /// <summary>margin = (full cost of production − export price) / full cost of production; positive:...</summary>
    public const string Dumping_Formula = nameof(Dumping_Formula);

    /// <summary>Mean margin {0}; below cost in {1} of {2} years.</summary>
    public const string Dumping_Mean = nameof(Dumping_Mean);

    /// <summary>Published margins beside these (same years)</summary>
    public const string Dumping_Published = nameof(Dumping_Published);

    /// <summary>  {0} ({1}): published {2}; these years are outside the series</summary>
    public const string Dumping_PublishedOutside = nameof(Dumping_PublishedOutside);

    /// <summary>  {0} ({1}): published {2}, here {3}, difference {4} points</summary>
    public const string Dumping_PublishedRow = nameof(Dumping_PublishedRow);

    /// <summary>Export dumping margins, US {0}, {1}</summary>
    public const string Dumping_Title = nameof(Dumping_Title);

    /// <summary>--at: '{0}' is not a date; write it yyyy-MM-dd, such as 2003-09-14.</summary>
    public const string Error_At = nameof(Error_At);

    /// <summary>--at: {0} is outside the WTO's existence; give a date from 1995-01-01 (the WTO's founding) to today,...</summary>
    public const string Error_AtOutsideWto = nameof(Error_AtOutsideWto);

    /// <summary>Say where the shared data is: --from DIR, such as --from ../shared/data.</summary>
    public const string Error_BuildFrom = nameof(Error_BuildFrom);

    /// <summary>--cluster can be given once or twice (two-way clustering), not more.</summary>
    public const string Error_ClusterCount = nameof(Error_ClusterCount);


    /// <summary>--convention is stata or fixest, not '{0}'.</summary>
    public const string Error_Convention = nameof(Error_Convention);

    /// <summary>--cost-basis: "{0}" is not a cost basis; give one of {1}</summary>
    public const string Error_CostBasis = nameof(Error_CostBasis);

    /// <summary>the {0} solver did not converge in {1} iterations</summary>
    public const string Error_CounterfactualNotConverged = nameof(Error_CounterfactualNotConverged);

    /// <summary>raise the tolerance in the spec, or check the size of the change</summary>
    public const string Error_CounterfactualNotConvergedExpected = nameof(Error_CounterfactualNotConvergedExpected);

    /// <summary>no dataset folder at "{0}" (relative to the scenario file)</summary>
    public const string Error_DatasetFolder = nameof(Error_DatasetFolder);

    /// <summary>write dataset = "default" or the path of a folder in the format of data/default</summary>
    public const string Error_DatasetFolderExpected = nameof(Error_DatasetFolderExpected);

    /// <summary>--drafts: {0} is out of range; give 1 to 1000000 drafts</summary>
    public const string Error_Drafts = nameof(Error_Drafts);

    /// <summary>--draws: {0} is out of range; give 0 to 100000 draws</summary>
    public const string Error_Draws = nameof(Error_Draws);

    /// <summary>--elasticity-cv: {0} is out of range; give a coefficient of variation above 0 and at mo...</summary>
    public const string Error_ElasticityCv = nameof(Error_ElasticityCv);

    /// <summary>the estimation did not converge: {0} after {1} iterations</summary>
    public const string Error_EstimateNotConverged = nameof(Error_EstimateNotConverged);

    /// <summary>check for separated observations (do not use --no-separation-check) or rescale the regr...</summary>
    public const string Error_EstimateNotConvergedExpected = nameof(Error_EstimateNotConvergedExpected);

    /// <summary>--estimator is ppml or ols, not '{0}'.</summary>
    public const string Error_Estimator = nameof(Error_Estimator);

    /// <summary>--from {0} is after --to {1}; give the first year first</summary>
    public const string Error_FromAfterTo = nameof(Error_FromAfterTo);

    /// <summary>--grid: give at least 2 points per parameter</summary>
    public const string Error_Grid = nameof(Error_Grid);

    /// <summary>cannot read the key file: {0}</summary>
    public const string Error_KeyFile = nameof(Error_KeyFile);

    /// <summary>the key file has no key</summary>
    public const string Error_KeyFileEmpty = nameof(Error_KeyFileEmpty);

    /// <summary>give a text file with one key of at least 16 characters a line, such as the output of openssl rand -...</summary>
    public const string Error_KeyFileExpected = nameof(Error_KeyFileExpected);

    /// <summary>a key of {0} characters is too easy to guess</summary>
    public const string Error_KeyTooShort = nameof(Error_KeyTooShort);

    /// <summary>--lang: "{0}" is not a language Campo speaks; give en, es, fr or pt</summary>
    public const string Error_Lang = nameof(Error_Lang);

    /// <summary>cannot write the lines file: {0}</summary>
    public const string Error_LinesFile = nameof(Error_LinesFile);

    /// <summary>give a path in a folder you can write to</summary>
    public const string Error_LinesFileExpected = nameof(Error_LinesFileExpected);

    /// <summary>cannot listen on {0}: {1}</summary>
    public const string Error_Listen = nameof(Error_Listen);

    /// <summary>choose another address or port with --urls</summary>
    public const string Error_ListenExpected = nameof(Error_ListenExpected);

    /// <summary>--member: "{0}" is not a member code; give three letters such as MEX (campo data member...</summary>
    public const string Error_Member = nameof(Error_Member);

    /// <summary>IMPACT has no 2005 figures for {0} in region {1}</summary>
    public const string Error_NoBase = nameof(Error_NoBase);

    /// <summary>another commodity; see campo data commodities</summary>
    public const string Error_NoBaseExpected = nameof(Error_NoBaseExpected);

    /// <summary>the draft has no [market_access] section, so it changes no tariff</summary>
    public const string Error_NoMarketAccess = nameof(Error_NoMarketAccess);

    /// <summary>add a [market_access] section (docs/scenarios.md, "Market access") or choose another draft</summary>
    public const string Error_NoMarketAccessExpected = nameof(Error_NoMarketAccessExpected);

    /// <summary>{0}, such as {1}</summary>
    public const string Error_OptionExample = nameof(Error_OptionExample);

    /// <summary>a whole number of 0 or more</summary>
    public const string Error_OptionKindNatural = nameof(Error_OptionKindNatural);

    /// <summary>a number, with a dot for decimals</summary>
    public const string Error_OptionKindNumber = nameof(Error_OptionKindNumber);

    /// <summary>a whole number</summary>
    public const string Error_OptionKindWhole = nameof(Error_OptionKindWhole);

    /// <summary>{0}, given right after the option</summary>
    public const string Error_OptionNamed = nameof(Error_OptionNamed);

    /// <summary>{0} needs a value: {1}</summary>
    public const string Error_OptionNeedsValue = nameof(Error_OptionNeedsValue);

    /// <summary>{0}: "{1}" is not {2}</summary>
    public const string Error_OptionNotValue = nameof(Error_OptionNotValue);

    /// <summary>{0}: "{1}" is too large; give at most {2}</summary>
    public const string Error_OptionTooLarge = nameof(Error_OptionTooLarge);

    /// <summary>{0}: "{1}" is too small; give at least {2}</summary>
    public const string Error_OptionTooSmall = nameof(Error_OptionTooSmall);

    /// <summary>the file already exists</summary>
    public const string Error_OutputExists = nameof(Error_OutputExists);

    /// <summary>add --force to replace it, or choose another name (nothing was computed)</summary>
    public const string Error_OutputExistsExpected = nameof(Error_OutputExistsExpected);

    /// <summary>cannot write "{0}" files</summary>
    public const string Error_OutputExtension = nameof(Error_OutputExtension);

    /// <summary>name the file with {0}</summary>
    public const string Error_OutputExtensionExpected = nameof(Error_OutputExtensionExpected);

    /// <summary>give a path in a folder you can write to</summary>
    public const string Error_OutputFolderExpected = nameof(Error_OutputFolderExpected);

    /// <summary>the folder "{0}" does not exist</summary>
    public const string Error_OutputFolderMissing = nameof(Error_OutputFolderMissing);

    /// <summary>this is a folder, not a file</summary>
    public const string Error_OutputIsFolder = nameof(Error_OutputIsFolder);

    /// <summary>give a file name in that folder</summary>
    public const string Error_OutputIsFolderExpected = nameof(Error_OutputIsFolderExpected);

    /// <summary>cannot write in the folder "{0}": {1}</summary>
    public const string Error_OutputNotWritable = nameof(Error_OutputNotWritable);

    /// <summary>{0} and {1} name the same file</summary>
    public const string Error_OutputSame = nameof(Error_OutputSame);

    /// <summary>give each output its own file</summary>
    public const string Error_OutputSameExpected = nameof(Error_OutputSameExpected);

    /// <summary>--price: "{0}" is not a price; give one of {1}</summary>
    public const string Error_Price = nameof(Error_Price);

    /// <summary>Give the draft with --draft FILE, such as --draft scenarios/rev4-2008.toml.</summary>
    public const string Error_ScheduleDraft = nameof(Error_ScheduleDraft);

    /// <summary>The member "{0}" is not a three-letter code; give one such as BRA or USA.</summary>
    public const string Error_ScheduleMember = nameof(Error_ScheduleMember);

    /// <summary>The status "{0}" is not known; give developed, developing or ldc.</summary>
    public const string Error_ScheduleStatus = nameof(Error_ScheduleStatus);

    /// <summary>--search-out, --grid, --drafts and --best need a search: add --search PARAM=LOW:HIGH</summary>
    public const string Error_SearchNeeded = nameof(Error_SearchNeeded);

    /// <summary>with --schedule, the development status of {0} must be given</summary>
    public const string Error_StatusNeeded = nameof(Error_StatusNeeded);

    /// <summary>add --status developed, developing or ldc (and --sve or --ram where they apply)</summary>
    public const string Error_StatusNeededExpected = nameof(Error_StatusNeededExpected);

    /// <summary>--threads is at least 1.</summary>
    public const string Error_Threads = nameof(Error_Threads);

    /// <summary>--threads: give at least 1 thread</summary>
    public const string Error_ThreadsNegotiate = nameof(Error_ThreadsNegotiate);

    /// <summary>--transport: {0} is not a cost; give US dollars per tonne of at least 0</summary>
    public const string Error_Transport = nameof(Error_Transport);

    /// <summary>--urls: "{0}" is not an address; give one such as http://127.0.0.1:5000</summary>
    public const string Error_Urls = nameof(Error_Urls);

    /// <summary>--vcov is iid, hetero or cluster, not '{0}'.</summary>
    public const string Error_Vcov = nameof(Error_Vcov);

    /// <summary>--vcov cluster needs --cluster VARIABLE.</summary>
    public const string Error_VcovCluster = nameof(Error_VcovCluster);


    /// <summary>area</summary>
    public const string Figure_Area = nameof(Figure_Area);

    /// <summary>consumer support (CSE)</summary>
    public const string Figure_ConsumerSupport = nameof(Figure_ConsumerSupport);

    /// <summary>demand elasticity</summary>
    public const string Figure_DemandElasticity = nameof(Figure_DemandElasticity);

    /// <summary>export wedge</summary>
    public const string Figure_ExportWedge = nameof(Figure_ExportWedge);

    /// <summary>exports</summary>
    public const string Figure_Exports = nameof(Figure_Exports);

    /// <summary>feed</summary>
    public const string Figure_Feed = nameof(Figure_Feed);

    /// <summary>feed demand elasticity</summary>
    public const string Figure_FeedDemandElasticity = nameof(Figure_FeedDemandElasticity);

    /// <summary>food</summary>
    public const string Figure_Food = nameof(Figure_Food);

    /// <summary>food demand elasticity</summary>
    public const string Figure_FoodDemandElasticity = nameof(Figure_FoodDemandElasticity);

    /// <summary>imports</summary>
    public const string Figure_Imports = nameof(Figure_Imports);

    /// <summary>marketing margin</summary>
    public const string Figure_MarketingMargin = nameof(Figure_MarketingMargin);

    /// <summary>net exports</summary>
    public const string Figure_NetExports = nameof(Figure_NetExports);

    /// <summary>other-use demand elasticity</summary>
    public const string Figure_OtherDemandElasticity = nameof(Figure_OtherDemandElasticity);

    /// <summary>other uses</summary>
    public const string Figure_OtherUses = nameof(Figure_OtherUses);

    /// <summary>processing</summary>
    public const string Figure_Processing = nameof(Figure_Processing);

    /// <summary>producer support (PSE)</summary>
    public const string Figure_ProducerSupport = nameof(Figure_ProducerSupport);

    /// <summary>production</summary>
    public const string Figure_Production = nameof(Figure_Production);

    /// <summary>seed</summary>
    public const string Figure_Seed = nameof(Figure_Seed);

    /// <summary>stock change</summary>
    public const string Figure_StockChange = nameof(Figure_StockChange);

    /// <summary>supply elasticity</summary>
    public const string Figure_SupplyElasticity = nameof(Figure_SupplyElasticity);

    /// <summary>tariff equivalent</summary>
    public const string Figure_TariffEquivalent = nameof(Figure_TariffEquivalent);

    /// <summary>total demand</summary>
    public const string Figure_TotalDemand = nameof(Figure_TotalDemand);

    /// <summary>waste</summary>
    public const string Figure_Waste = nameof(Figure_Waste);

    /// <summary>world price 2005</summary>
    public const string Figure_WorldPrice = nameof(Figure_WorldPrice);

    /// <summary>and</summary>
    public const string Gravity_And = nameof(Gravity_And);

    /// <summary>baseline: {0}; {1}</summary>
    public const string Gravity_Baseline = nameof(Gravity_Baseline);

    /// <summary>clustered by {0}</summary>
    public const string Gravity_ClusteredBy = nameof(Gravity_ClusteredBy);

    /// <summary>{0} ({1} clusters)</summary>
    public const string Gravity_Clusters = nameof(Gravity_Clusters);

    /// <summary>converged in {0} iterations ({1})</summary>
    public const string Gravity_Converged = nameof(Gravity_Converged);

    /// <summary>dropped {0}: {1} (first at line {2})</summary>
    public const string Gravity_Dropped = nameof(Gravity_Dropped);

    /// <summary>residual sum of squares {0}; R2 {1}</summary>
    public const string Gravity_FitOls = nameof(Gravity_FitOls);

    /// <summary>deviance {0}; log pseudo-likelihood {1}; pseudo-R2 {2}</summary>
    public const string Gravity_FitPpml = nameof(Gravity_FitPpml);

    /// <summary>fixed effect {0}: {1} levels</summary>
    public const string Gravity_FixedEffect = nameof(Gravity_FixedEffect);

    /// <summary>note: {0}</summary>
    public const string Gravity_Note = nameof(Gravity_Note);

    /// <summary>{0}'s inward multilateral resistance</summary>
    public const string Gravity_NumeraireReference = nameof(Gravity_NumeraireReference);

    /// <summary>world output</summary>
    public const string Gravity_NumeraireWorld = nameof(Gravity_NumeraireWorld);

    /// <summary>observations: {0} used of {1} read</summary>
    public const string Gravity_Observations = nameof(Gravity_Observations);

    /// <summary>omitted: {0} ({1})</summary>
    public const string Gravity_Omitted = nameof(Gravity_Omitted);

    /// <summary>heteroskedasticity-robust</summary>
    public const string Gravity_Robust = nameof(Gravity_Robust);

    /// <summary>solver: {0}, converged in {1} iterations; numeraire {2}; {3} trade imbalances; theta {4}</summary>
    public const string Gravity_Solver = nameof(Gravity_Solver);

    /// <summary>standard errors: {0}, {1} small-sample convention</summary>
    public const string Gravity_StandardErrors = nameof(Gravity_StandardErrors);

    /// <summary>timing: {0} s elapsed (reading included); peak memory {1} MB</summary>
    public const string Gravity_Timing = nameof(Gravity_Timing);

    /// <summary>imports (kt)</summary>
    public const string Maize_ColImports = nameof(Maize_ColImports);

    /// <summary>imports, legal, 90% band (kt)</summary>
    public const string Maize_ColImportsBand = nameof(Maize_ColImportsBand);

    /// <summary>production (kt)</summary>
    public const string Maize_ColProduction = nameof(Maize_ColProduction);

    /// <summary>real white maize price (1991-93 = 1): observed | legal | applied</summary>
    public const string Maize_ColWhitePrice = nameof(Maize_ColWhitePrice);

    /// <summary>Gulf price in real pesos (1991-93 = 1)</summary>
    public const string Maize_ColWorld = nameof(Maize_ColWorld);

    /// <summary>Each cell: observed (FAOSTAT; white price from Hufbauer &amp; Schott 2005, Table 5.15) | without NAFTA (</summary>
    public const string Maize_ColumnsNote = nameof(Maize_ColumnsNote);

    /// <summary>Mexico's maize {0}, path {1}: mean absolute percentage error {2}, mean error {3} over {4} years.</summary>
    public const string Maize_Error = nameof(Maize_Error);

    /// <summary>Mexico's maize {0}, path {1}, over {2} draws: MAPE median {3}, 90% band {4} to {5}.</summary>
    public const string Maize_ErrorBand = nameof(Maize_ErrorBand);

    /// <summary>The farmers' view: producers, hectares, and the price change per hectare and per family, with bands</summary>
    public const string Maize_Farmers = nameof(Maize_Farmers);

    /// <summary>Parameters of the Mexican maize model (each with its source or labelled an assumption)</summary>
    public const string Maize_Parameters = nameof(Maize_Parameters);

    /// <summary>Mexico's maize, two markets on a growing baseline: observed | without NAFTA | legal duties | applied</summary>
    public const string Maize_Title = nameof(Maize_Title);

    /// <summary>accepts</summary>
    public const string Negotiate_Accepts = nameof(Negotiate_Accepts);

    /// <summary>(all in --json, search.blockers).</summary>
    public const string Negotiate_AllBlockers = nameof(Negotiate_AllBlockers);

    /// <summary>{0} members object in every draft: {1}</summary>
    public const string Negotiate_AlwaysObject = nameof(Negotiate_AlwaysObject);

    /// <summary>Best passable draft for {0}: {1}.</summary>
    public const string Negotiate_Best = nameof(Negotiate_Best);

    /// <summary>By coalition (final / own positions): {0}</summary>
    public const string Negotiate_ByCoalition = nameof(Negotiate_ByCoalition);

    /// <summary>{0} {1} of {2} object ({3} / {4})</summary>
    public const string Negotiate_CoalitionRecord = nameof(Negotiate_CoalitionRecord);

    /// <summary>Coalitions with a common position</summary>
    public const string Negotiate_CoalitionsTitle = nameof(Negotiate_CoalitionsTitle);

    /// <summary>Spread of each real coalition (1 = as spread as all members) and its likeliest defector...</summary>
    public const string Negotiate_Cohesion = nameof(Negotiate_Cohesion);

    /// <summary>{0} commodity payoffs, {0} net trade positions, {1} parameter sensitivities ({2}); each pe...</summary>
    public const string Negotiate_DiscoveryFeatures = nameof(Negotiate_DiscoveryFeatures);

    /// <summary>Adjusted Rand index {0} between {1} clusters of interests and the real coalitions (1 = the...</summary>
    public const string Negotiate_DiscoveryFinding = nameof(Negotiate_DiscoveryFinding);

    /// <summary>none apply</summary>
    public const string Negotiate_DiscoveryNoSensitivity = nameof(Negotiate_DiscoveryNoSensitivity);

    /// <summary>each member's first coalition among {0} ("{1}" for none), with the coalition lists of the ...</summary>
    public const string Negotiate_DiscoveryReference = nameof(Negotiate_DiscoveryReference);

    /// <summary>Coalition discovery</summary>
    public const string Negotiate_DiscoveryTitle = nameof(Negotiate_DiscoveryTitle);

    /// <summary>{0} members with a market region of their own; features: {1}. Reference: {2}.</summary>
    public const string Negotiate_DiscoveryUnits = nameof(Negotiate_DiscoveryUnits);

    /// <summary>({0} objecting; {1} {2}; distance {3})</summary>
    public const string Negotiate_DraftDetails = nameof(Negotiate_DraftDetails);

    /// <summary>FAILS</summary>
    public const string Negotiate_Fails = nameof(Negotiate_Fails);

    /// <summary>Rests on {0} stated assumptions (weights, red lines from the Rev.4 safeguard triggers,...</summary>
    public const string Negotiate_Footer = nameof(Negotiate_Footer);

    /// <summary>{0} WTO members on {1} decide by consensus; each government judges the draft against {2...</summary>
    public const string Negotiate_Header = nameof(Negotiate_Header);


    /// <summary>developed members' tariff cap (percent)</summary>
    public const string Negotiate_KnobCap = nameof(Negotiate_KnobCap);

    /// <summary>developed members' cuts, percent of the tabled cuts</summary>
    public const string Negotiate_KnobCuts = nameof(Negotiate_KnobCuts);

    /// <summary>year developed members' export subsidies end</summary>
    public const string Negotiate_KnobExportEnd = nameof(Negotiate_KnobExportEnd);

    /// <summary>share of the package delivered on: {0} (0 not in the text, 1 in full)</summary>
    public const string Negotiate_KnobIssue = nameof(Negotiate_KnobIssue);

    /// <summary>developing members' cuts, percent of the developed cuts</summary>
    public const string Negotiate_KnobSdt = nameof(Negotiate_KnobSdt);

    /// <summary>developing members' special products (percent of lines)</summary>
    public const string Negotiate_KnobSpecial = nameof(Negotiate_KnobSpecial);

    /// <summary>developed members' support cut (percent)</summary>
    public const string Negotiate_KnobSupport = nameof(Negotiate_KnobSupport);

    /// <summary>developed members' Swiss coefficient (percentage points)</summary>
    public const string Negotiate_KnobSwiss = nameof(Negotiate_KnobSwiss);

    /// <summary>Full grid of {0} points per parameter ({1} drafts)</summary>
    public const string Negotiate_MethodGrid = nameof(Negotiate_MethodGrid);

    /// <summary>Latin hypercube of {0} drafts (seed {1})</summary>
    public const string Negotiate_MethodHypercube = nameof(Negotiate_MethodHypercube);

    /// <summary>; each draft judged end to end (schedules, world market warm-started from the tabled draft...</summary>
    public const string Negotiate_MethodJudged = nameof(Negotiate_MethodJudged);

    /// <summary>... and {0} more: every member's verdict and reasons with --json or --out FILE.csv; one...</summary>
    public const string Negotiate_MoreObjectors = nameof(Negotiate_MoreObjectors);

    /// <summary>(+{0} more)</summary>
    public const string Negotiate_MoreReasons = nameof(Negotiate_MoreReasons);

    /// <summary>Nearest passable draft: {0}.</summary>
    public const string Negotiate_Nearest = nameof(Negotiate_Nearest);

    /// <summary>Without market data (no payoff; reported apart): {0}</summary>
    public const string Negotiate_NoData = nameof(Negotiate_NoData);

    /// <summary>No member objects.</summary>
    public const string Negotiate_NoObjection = nameof(Negotiate_NoObjection);

    /// <summary>none</summary>
    public const string Negotiate_None = nameof(Negotiate_None);

    /// <summary>No draft in the range passes. Closest to consensus: {0}; still blocking: {1}.</summary>
    public const string Negotiate_NonePasses = nameof(Negotiate_NonePasses);

    /// <summary>{0} is not a WTO member on {1}.</summary>
    public const string Negotiate_NotMember = nameof(Negotiate_NotMember);

    /// <summary>part of the aggregate region {0}: it shares the region's payoff and prices (assumption; it...</summary>
    public const string Negotiate_NoteAggregate = nameof(Negotiate_NoteAggregate);

    /// <summary>an EU member state: the European Union (EUN) speaks for it and it objects only through the...</summary>
    public const string Negotiate_NoteEu = nameof(Negotiate_NoteEu);

    /// <summary>no market region in the dataset: no payoff</summary>
    public const string Negotiate_NoteNoData = nameof(Negotiate_NoteNoData);

    /// <summary>not yet an EU member state on this date, but its market figures are summed into {0} (EU-25...</summary>
    public const string Negotiate_NoteNotYetEu = nameof(Negotiate_NoteNotYetEu);

    /// <summary>Object most often: {0}</summary>
    public const string Negotiate_ObjectMostOften = nameof(Negotiate_ObjectMostOften);

    /// <summary>Who objects and why: {0} members speaking for themselves, largest stakes first</summary>
    public const string Negotiate_ObjectorsTitle = nameof(Negotiate_ObjectorsTitle);

    /// <summary>objects</summary>
    public const string Negotiate_Objects = nameof(Negotiate_Objects);

    /// <summary>Objects in {0} of the draws.</summary>
    public const string Negotiate_ObjectsInDraws = nameof(Negotiate_ObjectsInDraws);

    /// <summary>{0} of {1}</summary>
    public const string Negotiate_OfMembers = nameof(Negotiate_OfMembers);

    /// <summary>other</summary>
    public const string Negotiate_OtherCoalition = nameof(Negotiate_OtherCoalition);

    /// <summary>Own positions before coalition rules: {0} of the rejecters object, {1} of the others ac...</summary>
    public const string Negotiate_OwnPositions = nameof(Negotiate_OwnPositions);

    /// <summary>Passable drafts: {0} of {1} ({2}); tabled draft: {3}.</summary>
    public const string Negotiate_Passable = nameof(Negotiate_Passable);

    /// <summary>PASSES</summary>
    public const string Negotiate_Passes = nameof(Negotiate_Passes);

    /// <summary>Payoff against the alternative (million USD a year): farmers {0}, consumers {1}, treasu...</summary>
    public const string Negotiate_Payoff = nameof(Negotiate_Payoff);



    /// <summary>through EUN</summary>
    public const string Negotiate_ReasonEu = nameof(Negotiate_ReasonEu);

    /// <summary>new</summary>
    public const string Negotiate_ReasonNew = nameof(Negotiate_ReasonNew);

    /// <summary>payoff {0}</summary>
    public const string Negotiate_ReasonPayoff = nameof(Negotiate_ReasonPayoff);

    /// <summary>{0} price {1}</summary>
    public const string Negotiate_ReasonPrice = nameof(Negotiate_ReasonPrice);

    /// <summary>{0} imports {1}</summary>
    public const string Negotiate_ReasonSurge = nameof(Negotiate_ReasonSurge);



    /// <summary>Over {0} draws of the elasticities: {1}.</summary>
    public const string Negotiate_Robust = nameof(Negotiate_Robust);

    /// <summary>Negotiating {0}...</summary>
    public const string Negotiate_Running = nameof(Negotiate_Running);

    /// <summary>Draft search</summary>
    public const string Negotiate_SearchTitle = nameof(Negotiate_SearchTitle);


    /// <summary>Timing: {0} drafts in {1} s, {2} drafts a minute on {3} threads, schedules to verdict;...</summary>
    public const string Negotiate_Timing = nameof(Negotiate_Timing);

    /// <summary>What happened</summary>
    public const string Negotiate_WhatHappened = nameof(Negotiate_WhatHappened);

    /// <summary>Written to {0}.</summary>
    public const string Negotiate_Written = nameof(Negotiate_Written);

    /// <summary>Ask every request for an API key (X-Api-Key or Authorization: Bearer), from this file of keys, one a...</summary>
    public const string Option_ApiKeyFile = nameof(Option_ApiKeyFile);

    /// <summary>Only members that had joined by this date (yyyy-MM-dd, such as 2003-09-14 for Cancún);...</summary>
    public const string Option_At = nameof(Option_At);

    /// <summary>What the best passable draft maximises: world (default), ldc-farmers, developing-consum...</summary>
    public const string Option_Best = nameof(Option_Best);

    /// <summary>The shared public data folder to derive the dataset from, such as ../shared/data (requi...</summary>
    public const string Option_BuildFrom = nameof(Option_BuildFrom);

    /// <summary>i18n-iso-countries langs/pt.json for Portuguese names (default: the copy in the sources...</summary>
    public const string Option_BuildNamesPt = nameof(Option_BuildNamesPt);

    /// <summary>The folder to write the CSV files into (default: data/default).</summary>
    public const string Option_BuildOut = nameof(Option_BuildOut);

    /// <summary>The project's cited inputs: LDC periods, EU membership, developed members, Portuguese n...</summary>
    public const string Option_BuildSources = nameof(Option_BuildSources);

    /// <summary>Cluster the standard errors by this column (or interaction a^b); give it twice for two-...</summary>
    public const string Option_Cluster = nameof(Option_Cluster);

    /// <summary>How coalitions with a common position decide: none (members alone; the default), unanim...</summary>
    public const string Option_CoalitionRule = nameof(Option_CoalitionRule);

    /// <summary>The commodity whose exporters' margins to compute. The data hold US cost of production...</summary>
    public const string Option_Commodity = nameof(Option_Commodity);

    /// <summary>Small-sample factor: stata (G/(G-1) clustered, N/(N-1) robust; the Advanced Guide's tab...</summary>
    public const string Option_Convention = nameof(Option_Convention);

    /// <summary>The cost of production: total (ERS total costs listed, with the opportunity costs of la...</summary>
    public const string Option_CostBasis = nameof(Option_CostBasis);

    /// <summary>Threads for the estimation. Default: all processors.</summary>
    public const string Option_CounterfactualThreads = nameof(Option_CounterfactualThreads);

    /// <summary>Read a dataset folder in the format of data/default instead of the embedded default dat...</summary>
    public const string Option_DataDefault = nameof(Option_DataDefault);

    /// <summary>Evaluate on a dataset folder in the format of data/default instead of the one the scena...</summary>
    public const string Option_DataScenario = nameof(Option_DataScenario);

    /// <summary>Cluster members by interest profile (payoffs and trade by commodity, response to the dr...</summary>
    public const string Option_Discover = nameof(Option_Discover);

    /// <summary>The draft: a scenario file with a [market_access] section, such as scenarios/rev4-2008....</summary>
    public const string Option_Draft = nameof(Option_Draft);

    /// <summary>Drafts to evaluate in the search (Latin hypercube). Default 1000.</summary>
    public const string Option_Drafts = nameof(Option_Drafts);

    /// <summary>Monte Carlo draws over the elasticities for the 90% bands (0 for central results only)....</summary>
    public const string Option_Draws = nameof(Option_Draws);

    /// <summary>Coefficient of variation of the lognormal factor drawn on every supply and demand elast...</summary>
    public const string Option_ElasticityCv = nameof(Option_ElasticityCv);

    /// <summary>ppml (default) or ols (write log(trade) as the outcome for log-linear gravity).</summary>
    public const string Option_Estimator = nameof(Option_Estimator);

    /// <summary>Replace output files (--out, --report, --search-out, --lines) that already exist. Without it an exis...</summary>
    public const string Option_Force = nameof(Option_Force);

    /// <summary>First year (default: the first year of the cost series, 1996).</summary>
    public const string Option_From = nameof(Option_From);

    /// <summary>Threads for the fixed-effect sweeps. Default: all processors.</summary>
    public const string Option_GravityThreads = nameof(Option_GravityThreads);

    /// <summary>Search a full grid with N points per parameter instead of a Latin hypercube.</summary>
    public const string Option_Grid = nameof(Option_Grid);

    /// <summary>Print machine-readable JSON on standard output instead of tables (always in English, wi...</summary>
    public const string Option_Json = nameof(Option_Json);

    /// <summary>Language of the tables, messages, help and HTML report: en, es, fr or pt. Default: the...</summary>
    public const string Option_Lang = nameof(Option_Lang);

    /// <summary>Also write every line's result to this CSV file.</summary>
    public const string Option_Lines = nameof(Option_Lines);

    /// <summary>Report this member in detail first (its farmers, consumers and treasury by commodity),...</summary>
    public const string Option_Member = nameof(Option_Member);

    /// <summary>Also write every member's verdict, payoff and reasons to this .csv file.</summary>
    public const string Option_NegotiateOut = nameof(Option_NegotiateOut);

    /// <summary>Let each commodity's world market clear on its own (drop IMPACT's food cross-price elas...</summary>
    public const string Option_NoCrossPrices = nameof(Option_NoCrossPrices);

    /// <summary>Skip the separation checks (not recommended: estimates may drift without converging).</summary>
    public const string Option_NoSeparationCheck = nameof(Option_NoSeparationCheck);

    /// <summary>The price the cost is compared with: harvest (like for like at the farm gate: the ERS farm price of </summary>
    public const string Option_Price = nameof(Option_Price);

    /// <summary>Treat the member as a recently acceded member (the draft's [market_access.ram] terms).</summary>
    public const string Option_Ram = nameof(Option_Ram);

    /// <summary>Also write a self-contained HTML report (brief, charts, tables, assumptions, glossary)...</summary>
    public const string Option_Report = nameof(Option_Report);

    /// <summary>Also write every region's result for every commodity to this file: .csv or .parquet.</summary>
    public const string Option_RunOut = nameof(Option_RunOut);

    /// <summary>The member's schedule: a CSV in the format of docs/models/schedules.md, or a WITS SDMX-...</summary>
    public const string Option_Schedule = nameof(Option_Schedule);

    /// <summary>Without --schedule: read the member from this dataset folder instead of the one the dra...</summary>
    public const string Option_ScheduleData = nameof(Option_ScheduleData);

    /// <summary>Search drafts over a parameter: swiss, cuts, cap, special, sdt, support or export_end,...</summary>
    public const string Option_Search = nameof(Option_Search);

    /// <summary>Also write every searched draft (parameters, verdict, objectors, objective) to this .cs...</summary>
    public const string Option_SearchOut = nameof(Option_SearchOut);

    /// <summary>Seed of the draws: the same seed gives the same bands. Default 2005.</summary>
    public const string Option_Seed = nameof(Option_Seed);

    /// <summary>Set or replace a value of the draft, such as market_access.developed.swiss_coefficient=...</summary>
    public const string Option_Set = nameof(Option_Set);

    /// <summary>The member's status: developed, developing or ldc. Required with --schedule; otherwise...</summary>
    public const string Option_Status = nameof(Option_Status);

    /// <summary>Treat the member as a small, vulnerable economy (the draft's [market_access.sve] terms).</summary>
    public const string Option_Sve = nameof(Option_Sve);

    /// <summary>Threads for the draws and the search; default all cores.</summary>
    public const string Option_Threads = nameof(Option_Threads);

    /// <summary>Print where the command's time went, on the error stream after its output: start-up, data load, c...</summary>
    public const string Option_Timing = nameof(Option_Timing);

    /// <summary>Last year (default: the last year of the cost series, 2016).</summary>
    public const string Option_To = nameof(Option_To);

    /// <summary>US dollars per tonne added to the cost of production (Wise's transport and handling to...</summary>
    public const string Option_Transport = nameof(Option_Transport);

    /// <summary>Address to listen on; default http://127.0.0.1:5000 (this computer only). Give http://0...</summary>
    public const string Option_Urls = nameof(Option_Urls);

    /// <summary>Standard errors: iid, hetero (robust) or cluster. Default: cluster when --cluster is gi...</summary>
    public const string Option_Vcov = nameof(Option_Vcov);

    /// <summary>Also negotiate the draft (as campo negotiate) and judge the verdict in each of the --draws draws;...</summary>
    public const string Option_Verdict = nameof(Option_Verdict);

    /// <summary>Government weights: welfare (equal, national welfare; the default), gko (producers firs...</summary>
    public const string Option_Weights = nameof(Option_Weights);

    /// <summary>A column of non-negative observation weights.</summary>
    public const string Option_WeightsColumn = nameof(Option_WeightsColumn);

    /// <summary>the model is above what happened on average: {0}</summary>
    public const string Regional_BiasAbove = nameof(Regional_BiasAbove);

    /// <summary>the model is below what happened on average: {0}</summary>
    public const string Regional_BiasBelow = nameof(Regional_BiasBelow);

    /// <summary>the model is on what happened on average: {0}</summary>
    public const string Regional_BiasOn = nameof(Regional_BiasOn);

    /// <summary>{0} imports into {1}: observed against modelled (thousand t; base {2})</summary>
    public const string Regional_ChartTitle = nameof(Regional_ChartTitle);

    /// <summary>Dumping margin: (US cost of production − export price)/cost, IATP's method (campo dumpi...</summary>
    public const string Regional_DumpingNote = nameof(Regional_DumpingNote);

    /// <summary>US {0} sold below its cost of production (IATP's margin) in {1} of the {2} years {3}-{4...</summary>
    public const string Regional_DumpingSentence = nameof(Regional_DumpingSentence);

    /// <summary>applied duties</summary>
    public const string Regional_DutiesApplied = nameof(Regional_DutiesApplied);

    /// <summary>legal duties</summary>
    public const string Regional_DutiesLegal = nameof(Regional_DutiesLegal);

    /// <summary>{0} with the {1} ({2})</summary>
    public const string Regional_ErrorMeasure = nameof(Regional_ErrorMeasure);

    /// <summary>{0} of {1}, {2}: mean absolute percentage error {3}.</summary>
    public const string Regional_ErrorSentence = nameof(Regional_ErrorSentence);

    /// <summary>{0} export price</summary>
    public const string Regional_MeasureExportPrice = nameof(Regional_MeasureExportPrice);

    /// <summary>{0} imports</summary>
    public const string Regional_MeasureImports = nameof(Regional_MeasureImports);

    /// <summary>{0} {1}</summary>
    public const string Regional_MeasureOther = nameof(Regional_MeasureOther);

    /// <summary>{0} production</summary>
    public const string Regional_MeasureProduction = nameof(Regional_MeasureProduction);

    /// <summary>Flows the agreement does not name keep their base tariffs. The tariff on the last tonne...</summary>
    public const string Regional_ScheduleNote = nameof(Regional_ScheduleNote);

    /// <summary>What the agreement asks, flow by flow</summary>
    public const string Regional_ScheduleTitle = nameof(Regional_ScheduleTitle);

    /// <summary>bind</summary>
    public const string Regional_ShortBinding = nameof(Regional_ShortBinding);

    /// <summary>in</summary>
    public const string Regional_ShortIn = nameof(Regional_ShortIn);

    /// <summary>over</summary>
    public const string Regional_ShortOver = nameof(Regional_ShortOver);

    /// <summary>Last tonne: the tariff on the last tonne of the quota flow (in = in quota, bind = bindi...</summary>
    public const string Regional_YearByYearNote = nameof(Regional_YearByYearNote);

    /// <summary>{0} in {1}, year by year against the {2} market</summary>
    public const string Regional_YearByYearTitle = nameof(Regional_YearByYearTitle);

    /// <summary>EU member state</summary>
    public const string Relation_EuMemberState = nameof(Relation_EuMemberState);

    /// <summary>no market data</summary>
    public const string Relation_NoData = nameof(Relation_NoData);

    /// <summary>own region</summary>
    public const string Relation_Own = nameof(Relation_Own);

    /// <summary>part of an aggregate</summary>
    public const string Relation_PartOfAggregate = nameof(Relation_PartOfAggregate);

    /// <summary>all commodities</summary>
    public const string Run_AllCommodities = nameof(Run_AllCommodities);

    /// <summary>... and {0} more (see --json).</summary>
    public const string Run_AndMore = nameof(Run_AndMore);

    /// <summary>no export subsidy cut</summary>
    public const string Run_AskedNoSubsidyCut = nameof(Run_AskedNoSubsidyCut);

    /// <summary>no support cut</summary>
    public const string Run_AskedNoSupportCut = nameof(Run_AskedNoSupportCut);

    /// <summary>Asked of {0}: {1}.</summary>
    public const string Run_AskedOf = nameof(Run_AskedOf);

    /// <summary>export subsidies cut {0}</summary>
    public const string Run_AskedSubsidyCut = nameof(Run_AskedSubsidyCut);

    /// <summary>producer support cut {0}</summary>
    public const string Run_AskedSupportCut = nameof(Run_AskedSupportCut);

    /// <summary>tariffs: {0}; average applied tariff {1} → {2} ({3} commodities cut)</summary>
    public const string Run_AskedTariffs = nameof(Run_AskedTariffs);

    /// <summary>Bands: {0}.</summary>
    public const string Run_Bands = nameof(Run_Bands);

    /// <summary>Average applied tariff: mean over the group's regions of each region's simple average a...</summary>
    public const string Run_CommitmentsNote = nameof(Run_CommitmentsNote);

    /// <summary>What the draft asks, by group of members</summary>
    public const string Run_CommitmentsTitle = nameof(Run_CommitmentsTitle);

    /// <summary>{0} draws (seed {1}) for the 90% bands in brackets</summary>
    public const string Run_Draws = nameof(Run_Draws);

    /// <summary>Farmers against consumers, world, by commodity</summary>
    public const string Run_FarmersConsumersTitle = nameof(Run_FarmersConsumersTitle);

    /// <summary>{0} notes on assumptions and {1} model notes are in the --json output; --out FILE.csv|....</summary>
    public const string Run_Footer = nameof(Run_Footer);

    /// <summary>agreement schedule on {0}</summary>
    public const string Run_FormulaAgreement = nameof(Run_FormulaAgreement);

    /// <summary>no change to its import tariffs</summary>
    public const string Run_FormulaNoChange = nameof(Run_FormulaNoChange);

    /// <summary>A region is counted in a group through the WTO member that sets its policy; coalitions...</summary>
    public const string Run_GroupsNote = nameof(Run_GroupsNote);

    /// <summary>Who gains and who loses, by group</summary>
    public const string Run_GroupsTitle = nameof(Run_GroupsTitle);

    /// <summary>WTO members on {0}: {1}. Data: {2}, base {3}. {4}.</summary>
    public const string Run_HeaderMultilateral = nameof(Run_HeaderMultilateral);

    /// <summary>Parties: {0}. In force {1}; results for {2} against the {3} market, {4} (--set regional...</summary>
    public const string Run_HeaderRegional = nameof(Run_HeaderRegional);

    /// <summary>In all: {0} million USD a year {1} (farmers {2}, consumers {3}, treasury {4}, quota ren...</summary>
    public const string Run_InAll = nameof(Run_InAll);

    /// <summary>Ten largest losers</summary>
    public const string Run_Losers = nameof(Run_Losers);

    /// <summary>Every market written to {0}.</summary>
    public const string Run_MarketsWritten = nameof(Run_MarketsWritten);

    /// <summary>{0} (market region {1}, {2})</summary>
    public const string Run_MemberInRegion = nameof(Run_MemberInRegion);

    /// <summary>Farm revenue: producer price × production, change in million USD. Per t / per ha: chang...</summary>
    public const string Run_MemberNote = nameof(Run_MemberNote);

    /// <summary>Farmers, consumers and treasury by commodity ({0})</summary>
    public const string Run_MemberTable = nameof(Run_MemberTable);

    /// <summary>Money in million US dollars a year at {0} prices. Farmers = producer surplus; consumers...</summary>
    public const string Run_MoneyNote = nameof(Run_MoneyNote);

    /// <summary>No WTO member on this date: no commitment.</summary>
    public const string Run_NoCommitment = nameof(Run_NoCommitment);

    /// <summary>no draws: central results only</summary>
    public const string Run_NoDraws = nameof(Run_NoDraws);

    /// <summary>{0} has no market region in the dataset.</summary>
    public const string Run_NoRegion = nameof(Run_NoRegion);

    /// <summary>{0} is not a party to the agreement: non-parties are summed in ROW, the rest of the world.</summary>
    public const string Run_NotParty = nameof(Run_NotParty);

    /// <summary>the agreement's focus first, then largest</summary>
    public const string Run_OrderFocus = nameof(Run_OrderFocus);

    /// <summary>largest first</summary>
    public const string Run_OrderLargest = nameof(Run_OrderLargest);

    /// <summary>World prices that move most</summary>
    public const string Run_PricesTitle = nameof(Run_PricesTitle);

    /// <summary>Report written to {0}.</summary>
    public const string Run_ReportWritten = nameof(Run_ReportWritten);

    /// <summary>These results rest on {0} numbers still to verify and {1} assumptions of the draft file:</summary>
    public const string Run_RestsOn = nameof(Run_RestsOn);

    /// <summary>All {0} bilateral markets solved in every year ({1} commodity-years under the two sets...</summary>
    public const string Run_SolvedBilateral = nameof(Run_SolvedBilateral);

    /// <summary>All {0} world markets cleared ({1} regional markets; largest relative residual {2}, {3}...</summary>
    public const string Run_SolvedWorld = nameof(Run_SolvedWorld);

    /// <summary>Solving the bilateral markets for {0}...</summary>
    public const string Run_SolvingBilateral = nameof(Run_SolvingBilateral);

    /// <summary>Solving the world market for {0}...</summary>
    public const string Run_SolvingWorld = nameof(Run_SolvingWorld);

    /// <summary>Source:</summary>
    public const string Run_Source = nameof(Run_Source);

    /// <summary>assumption</summary>
    public const string Run_StatusAssumption = nameof(Run_StatusAssumption);

    /// <summary>to verify</summary>
    public const string Run_StatusToVerify = nameof(Run_StatusToVerify);

    /// <summary>with the draft</summary>
    public const string Run_SupportAfter = nameof(Run_SupportAfter);

    /// <summary>Amber box: budgetary support coupled to production (what AMS commitments cut)</summary>
    public const string Run_SupportAmber = nameof(Run_SupportAmber);

    /// <summary>before</summary>
    public const string Run_SupportBefore = nameof(Run_SupportBefore);

    /// <summary>Blue box, notified</summary>
    public const string Run_SupportBlue = nameof(Run_SupportBlue);

    /// <summary>Bound total AMS (the ceiling the draft cuts)</summary>
    public const string Run_SupportBound = nameof(Run_SupportBound);

    /// <summary>box</summary>
    public const string Run_SupportBox = nameof(Run_SupportBox);

    /// <summary>De minimis, notified</summary>
    public const string Run_SupportDeMinimis = nameof(Run_SupportDeMinimis);

    /// <summary>Green box, notified (no or minimal production effect)</summary>
    public const string Run_SupportGreen = nameof(Run_SupportGreen);

    /// <summary>Market price support (consumers pay it through the border measure; not a budget line)</summary>
    public const string Run_SupportMps = nameof(Run_SupportMps);

    /// <summary>not in the data</summary>
    public const string Run_SupportNotInData = nameof(Run_SupportNotInData);

    /// <summary>Bound total AMS: {0}</summary>
    public const string Run_SupportSource = nameof(Run_SupportSource);

    /// <summary>Domestic support by box, million USD a year (base production and world prices)</summary>
    public const string Run_SupportTable = nameof(Run_SupportTable);

    /// <summary>{0} sweeps</summary>
    public const string Run_SweepMany = nameof(Run_SweepMany);

    /// <summary>1 sweep</summary>
    public const string Run_SweepOne = nameof(Run_SweepOne);

    /// <summary>Who bears the adjustment</summary>
    public const string Run_WhoBears = nameof(Run_WhoBears);

    /// <summary>Ten largest winners</summary>
    public const string Run_Winners = nameof(Run_Winners);

    /// <summary>All agricultural lines</summary>
    public const string Schedule_AllLines = nameof(Schedule_AllLines);

    /// <summary>Assumption</summary>
    public const string Schedule_Assumption = nameof(Schedule_Assumption);

    /// <summary>Simple averages over lines with known rates, in percent; overhang in percentage points....</summary>
    public const string Schedule_Averages = nameof(Schedule_Averages);

    /// <summary>Band edges (a line just above an edge ends lower than one at the edge): {0}</summary>
    public const string Schedule_BandEdges = nameof(Schedule_BandEdges);

    /// <summary>Formula: {0}; schedule: {1}; level: {2}</summary>
    public const string Schedule_Formula = nameof(Schedule_Formula);

    /// <summary>at {0} → {1}, just above → {2}</summary>
    public const string Schedule_Jump = nameof(Schedule_Jump);

    /// <summary>commodities (the member has no line-level schedule here)</summary>
    public const string Schedule_LevelCommodities = nameof(Schedule_LevelCommodities);

    /// <summary>HS6 subheadings (averages of national lines)</summary>
    public const string Schedule_LevelHs6 = nameof(Schedule_LevelHs6);

    /// <summary>tariff lines</summary>
    public const string Schedule_LevelLines = nameof(Schedule_LevelLines);

    /// <summary>Note: {0}</summary>
    public const string Schedule_Note = nameof(Schedule_Note);

    /// <summary>RAM</summary>
    public const string Schedule_Ram = nameof(Schedule_Ram);

    /// <summary>{0} (IMPACT applied tariff equivalents, 2005)</summary>
    public const string Schedule_SourceDataset = nameof(Schedule_SourceDataset);

    /// <summary>Staging in {0} equal annual instalments (simple-average bound / applied): {1}</summary>
    public const string Schedule_Staging = nameof(Schedule_Staging);

    /// <summary>SVE</summary>
    public const string Schedule_Sve = nameof(Schedule_Sve);

    /// <summary>{0} ({1}) under {2}</summary>
    public const string Schedule_Title = nameof(Schedule_Title);

    /// <summary>To verify</summary>
    public const string Schedule_ToVerify = nameof(Schedule_ToVerify);

    /// <summary>({0} unknown)</summary>
    public const string Schedule_Unknown = nameof(Schedule_Unknown);

    /// <summary>unknown</summary>
    public const string Schedule_UnknownRate = nameof(Schedule_UnknownRate);

    /// <summary>The file reports reporter {0} {1}, year {2}.</summary>
    public const string Schedule_Wits = nameof(Schedule_Wits);

    /// <summary>Requests must present one of the {0} API keys (X-Api-Key).</summary>
    public const string Serve_Keys = nameof(Serve_Keys);

    /// <summary>Campo is serving at {0}. Press Ctrl+C to stop.</summary>
    public const string Serve_Serving = nameof(Serve_Serving);

    /// <summary>command line</summary>
    public const string Timing_Arguments = nameof(Timing_Arguments);

    /// <summary>calibration of the world market</summary>
    public const string Timing_Calibration = nameof(Timing_Calibration);

    /// <summary>phase|wall ms|CPU ms|allocated MB|JIT ms|methods JIT-compiled</summary>
    public const string Timing_Columns = nameof(Timing_Columns);

    /// <summary>data load</summary>
    public const string Timing_DataLoad = nameof(Timing_DataLoad);

    /// <summary>Monte Carlo draws</summary>
    public const string Timing_Draws = nameof(Timing_Draws);

    /// <summary>other (in the program, not measured separately)</summary>
    public const string Timing_Other = nameof(Timing_Other);

    /// <summary>output</summary>
    public const string Timing_Output = nameof(Timing_Output);

    /// <summary>results by region, group and market</summary>
    public const string Timing_Results = nameof(Timing_Results);

    /// <summary>scenario file</summary>
    public const string Timing_Scenario = nameof(Timing_Scenario);

    /// <summary>schedules (the draft applied)</summary>
    public const string Timing_Schedules = nameof(Timing_Schedules);

    /// <summary>solve</summary>
    public const string Timing_Solve = nameof(Timing_Solve);

    /// <summary>start-up (runtime, before the program)</summary>
    public const string Timing_StartUp = nameof(Timing_StartUp);

    /// <summary>Where the time went ({0} cores, load average {1})</summary>
    public const string Timing_Title = nameof(Timing_Title);

    /// <summary>total, from the process's start</summary>
    public const string Timing_Total = nameof(Timing_Total);

    /// <summary>verdict</summary>
    public const string Timing_Verdict = nameof(Timing_Verdict);

    /// <summary>fraction</summary>
    public const string Unit_Fraction = nameof(Unit_Fraction);

    /// <summary>1000 ha</summary>
    public const string Unit_ThousandHectares = nameof(Unit_ThousandHectares);

    /// <summary>1000 t</summary>
    public const string Unit_ThousandTonnes = nameof(Unit_ThousandTonnes);

    /// <summary>no</summary>
    public const string Word_No = nameof(Word_No);

    /// <summary>world</summary>
    public const string Word_World = nameof(Word_World);

    /// <summary>yes</summary>
    public const string Word_Yes = nameof(Word_Yes);

    /// <summary>Estimate the decision model on the record of WTO decisions and show each event predicted agains...</summary>
    public const string Option_Validate = nameof(Option_Validate);

    /// <summary>Give the draft to negotiate (FILE), or --validate to test the model on the record of WTO decisi...</summary>
    public const string Error_FileNeeded = nameof(Error_FileNeeded);

    /// <summary>--validate tests the model on the record's own drafts: give no FILE.</summary>
    public const string Error_ValidateNoFile = nameof(Error_ValidateNoFile);

    /// <summary>Estimating the negotiation model on the record of WTO decisions…</summary>
    public const string Validate_Running = nameof(Validate_Running);

    /// <summary>The record of WTO agricultural decisions: predicted against recorded</summary>
    public const string Validate_Title = nameof(Validate_Title);

    /// <summary>event</summary>
    public const string Validate_Event = nameof(Validate_Event);

    /// <summary>recorded</summary>
    public const string Validate_Recorded = nameof(Validate_Recorded);

    /// <summary>in sample</summary>
    public const string Validate_InSample = nameof(Validate_InSample);

    /// <summary>out of sample</summary>
    public const string Validate_OutOfSample = nameof(Validate_OutOfSample);

    /// <summary>objecting (out of sample)</summary>
    public const string Validate_Objecting = nameof(Validate_Objecting);

    /// <summary>recorded positions (✓ right out of sample)</summary>
    public const string Validate_Positions = nameof(Validate_Positions);

    /// <summary>{0} of {1} ({2} dissatisfied)</summary>
    public const string Validate_ObjectingCell = nameof(Validate_ObjectingCell);

    /// <summary>Verdicts right: {0} of {1} in sample, {2} of {3} out of sample (each event predicted by coeffic...</summary>
    public const string Validate_Hits = nameof(Validate_Hits);

    /// <summary>Estimated coefficients (penalised maximum likelihood on {0} recorded positions)</summary>
    public const string Validate_CoefficientsTitle = nameof(Validate_CoefficientsTitle);

    /// <summary>coefficient</summary>
    public const string Validate_Coefficient = nameof(Validate_Coefficient);

    /// <summary>estimate</summary>
    public const string Validate_Estimate = nameof(Validate_Estimate);

    /// <summary>standard error</summary>
    public const string Validate_StandardError = nameof(Validate_StandardError);

    /// <summary>range leaving one event out</summary>
    public const string Validate_LeaveOneOut = nameof(Validate_LeaveOneOut);

    /// <summary>at its bound</summary>
    public const string Validate_AtBound = nameof(Validate_AtBound);

    /// <summary>Coalition discipline κ = {0}: a coalition objects when the share κ of its members most hurt is ...</summary>
    public const string Validate_Discipline = nameof(Validate_Discipline);

    /// <summary>Cancún, out of sample: objecting {0}; not objecting {1}. Of the {2} members outside the G-20, G...</summary>
    public const string Validate_Cancun = nameof(Validate_Cancun);

    /// <summary>holds</summary>
    public const string Validate_Holds = nameof(Validate_Holds);

    /// <summary>does not hold</summary>
    public const string Validate_DoesNotHold = nameof(Validate_DoesNotHold);

    /// <summary>Why the coalitions objected at Cancún (out of sample)</summary>
    public const string Validate_ReplayTitle = nameof(Validate_ReplayTitle);

    /// <summary>{0} objects: {1} of its {2} members are dissatisfied.</summary>
    public const string Validate_ReplayObjects = nameof(Validate_ReplayObjects);

    /// <summary>{0} accepts: {1} of its {2} members are dissatisfied.</summary>
    public const string Validate_ReplayAccepts = nameof(Validate_ReplayAccepts);

    /// <summary>Its farmers lose most on {0} (million USD a year); the median member's farmers change by {1} of...</summary>
    public const string Validate_ReplayFarmers = nameof(Validate_ReplayFarmers);

    /// <summary>Red lines crossed on products that matter to its members: {0} (members).</summary>
    public const string Validate_ReplayRedLines = nameof(Validate_ReplayRedLines);

    /// <summary>The rest of the package falls short of what it asked: {0}.</summary>
    public const string Validate_ReplayIssues = nameof(Validate_ReplayIssues);

    /// <summary>Nothing in the rest of the package falls short of what it asked.</summary>
    public const string Validate_ReplayNoIssue = nameof(Validate_ReplayNoIssue);

    /// <summary>Stated settings and their sources:</summary>
    public const string Validate_Settings = nameof(Validate_Settings);

    /// <summary>objects</summary>
    public const string Validate_Object = nameof(Validate_Object);

    /// <summary>accepts</summary>
    public const string Validate_Accept = nameof(Validate_Accept);

    /// <summary>adopted</summary>
    public const string Validate_Adopted = nameof(Validate_Adopted);

    /// <summary>not agreed</summary>
    public const string Validate_NotAgreed = nameof(Validate_NotAgreed);

    /// <summary>failed</summary>
    public const string Validate_Failed = nameof(Validate_Failed);

    /// <summary>collapsed</summary>
    public const string Validate_Collapsed = nameof(Validate_Collapsed);
    /// <summary>Bound and applied tariffs: water before and after</summary>
    public const string Water_Title = nameof(Water_Title);

    /// <summary>Simple averages: bound {0} → {1}, applied {2} → {3}, water {4} → {5}; {6} of {7} cuts of t</summary>
    public const string Water_Summary = nameof(Water_Summary);

    /// <summary>Water = bound minus applied. A formula cuts the bound rate; the applied rate changes only </summary>
    public const string Water_Note = nameof(Water_Note);

    /// <summary>{0} more commodities in --json (tariffs).</summary>
    public const string Water_More = nameof(Water_More);

    /// <summary>Designation of sensitive and special products: the highest bound rates; ties broken by imp</summary>
    public const string Water_Designation = nameof(Water_Designation);

    /// <summary>bound</summary>
    public const string Water_ColBound = nameof(Water_ColBound);

    /// <summary>applied</summary>
    public const string Water_ColApplied = nameof(Water_ColApplied);

    /// <summary>water</summary>
    public const string Water_ColWater = nameof(Water_ColWater);

    /// <summary>treatment</summary>
    public const string Water_ColTreatment = nameof(Water_ColTreatment);

    /// <summary>bound from</summary>
    public const string Water_ColBoundFrom = nameof(Water_ColBoundFrom);

    /// <summary>absorbed by water</summary>
    public const string Water_Absorbed = nameof(Water_Absorbed);

    /// <summary>tariff quota +{0} kt</summary>
    public const string Water_Quota = nameof(Water_Quota);

    /// <summary>formula</summary>
    public const string Treat_formula = nameof(Treat_formula);

    /// <summary>sensitive</summary>
    public const string Treat_sensitive = nameof(Treat_sensitive);

    /// <summary>special</summary>
    public const string Treat_special = nameof(Treat_special);

    /// <summary>special, zero cut</summary>
    public const string Treat_special_zero_cut = nameof(Treat_special_zero_cut);

    /// <summary>capped</summary>
    public const string Treat_capped = nameof(Treat_capped);

    /// <summary>exempt</summary>
    public const string Treat_exempt = nameof(Treat_exempt);

    /// <summary>duty-free</summary>
    public const string Treat_duty_free = nameof(Treat_duty_free);

    /// <summary>cited</summary>
    public const string BoundFrom_cited = nameof(BoundFrom_cited);

    /// <summary>average</summary>
    public const string BoundFrom_average = nameof(BoundFrom_average);

    /// <summary>assumed</summary>
    public const string BoundFrom_assumed = nameof(BoundFrom_assumed);
    /// <summary>Write every dropped observation (its line and the reason) to FILE as CSV.</summary>
    public const string Option_GravityDropped = nameof(Option_GravityDropped);

    /// <summary>{0} dropped observations written to {1}</summary>
    public const string Gravity_DroppedWritten = nameof(Gravity_DroppedWritten);

    /// <summary>cannot write the file of dropped observations: {0}</summary>
    public const string Error_DroppedFile = nameof(Error_DroppedFile);

    /// <summary>timing: read {0} s, estimate {1} s, solve {2} s; total {3} s; peak memory {4} MB</summary>
    public const string Gravity_CounterfactualTiming = nameof(Gravity_CounterfactualTiming);

    /// <summary>timing: read {0} s, indexing {1} s, separation checks {2} s, IRLS {3} s (of which demeaning {4} s), variance {5} s</summary>
    public const string Gravity_TimingPhases = nameof(Gravity_TimingPhases);

    /// <summary>Also write both drafts' results to this .xlsx workbook (a summary, then groups, members an...</summary>
    public const string Option_CompareOut = nameof(Option_CompareOut);

    /// <summary>The workbook was written to {0}.</summary>
    public const string Run_WorkbookWritten = nameof(Run_WorkbookWritten);

    /// <summary>Also write each chart of the report to this folder as SVG and PNG, for slides (created if ...</summary>
    public const string Option_Charts = nameof(Option_Charts);

    /// <summary>{0} charts written to {1} (SVG and PNG).</summary>
    public const string Run_ChartsWritten = nameof(Run_ChartsWritten);

    /// <summary>--charts names a file, not a folder</summary>
    public const string Error_ChartsNotFolder = nameof(Error_ChartsNotFolder);

    /// <summary>name a folder for the charts (it is created if missing)</summary>
    public const string Error_ChartsNotFolderExpected = nameof(Error_ChartsNotFolderExpected);

    /// <summary>the chart file {0} already exists</summary>
    public const string Error_ChartExists = nameof(Error_ChartExists);

    /// <summary>add --force to replace the charts, or name another folder (no chart was written)</summary>
    public const string Error_ChartExistsExpected = nameof(Error_ChartExistsExpected);
    /// <summary>Import a downloaded file (wto-ttd, wits, faostat or baci) into a workspace file (DuckDB) with i...</summary>
    public const string Command_DataImport = nameof(Command_DataImport);

    /// <summary>The kind of file: wto-ttd, wits, faostat or baci.</summary>
    public const string Argument_ImportKind = nameof(Argument_ImportKind);

    /// <summary>The file as downloaded: CSV (optionally gzipped, .csv.gz); for wits also SDMX-JSON (.json).</summary>
    public const string Argument_ImportFile = nameof(Argument_ImportFile);

    /// <summary>The workspace file to import into, such as ws.duckdb (created when missing).</summary>
    public const string Option_Into = nameof(Option_Into);

    /// <summary>The member (ISO3) whose tariffs the file holds, when the file names its reporter only by number...</summary>
    public const string Option_ImportMember = nameof(Option_ImportMember);

    /// <summary>unknown kind of file "{0}": expected wto-ttd, wits, faostat or baci</summary>
    public const string Error_ImportKind = nameof(Error_ImportKind);

    /// <summary>give the workspace with --into WORKSPACE.duckdb</summary>
    public const string Error_ImportInto = nameof(Error_ImportInto);

    /// <summary>"{0}" is not an ISO 3166 alpha-3 code</summary>
    public const string Error_ImportMember = nameof(Error_ImportMember);

    /// <summary>give ISO3 and COMMODITY for a card, or --data WORKSPACE.duckdb alone to list a workspace</summary>
    public const string Error_ShowArguments = nameof(Error_ShowArguments);

    /// <summary>Imported {0} ({1}; layout: {2}) into {3} as import {4}: {5} rows read, {6} stored, {7} refused.</summary>
    public const string Import_Done = nameof(Import_Done);

    /// <summary>The earlier import of this file (import {0}) was replaced: its rows were deleted first.</summary>
    public const string Import_Replaced = nameof(Import_Replaced);

    /// <summary>line {0}: {1} ({2}): {3}</summary>
    public const string Import_Rejected = nameof(Import_Rejected);

    /// <summary>... {0} more refused rows; all of them: SELECT * FROM rejections WHERE import_id = {1}</summary>
    public const string Import_MoreRejected = nameof(Import_MoreRejected);

    /// <summary>Licence: {0}</summary>
    public const string Import_Licence = nameof(Import_Licence);

    /// <summary>Note: {0}</summary>
    public const string Import_Note = nameof(Import_Note);

    /// <summary>Workspace {0}</summary>
    public const string Workspace_Title = nameof(Workspace_Title);

    /// <summary>The workspace holds no import yet: campo data import KIND FILE --into {0}</summary>
    public const string Workspace_Empty = nameof(Workspace_Empty);

    /// <summary>Tables: {0}</summary>
    public const string Workspace_Tables = nameof(Workspace_Tables);

    /// <summary>Line-level schedules (they replace the dataset's tariffs in run, compare, schedule and negotiat...</summary>
    public const string Workspace_Schedules = nameof(Workspace_Schedules);

    /// <summary>{0} {1}: {2} HS lines, {3} with a bound rate ({4})</summary>
    public const string Workspace_Schedule = nameof(Workspace_Schedule);

    /// <summary>Query it in SQL with any DuckDB client, for example: duckdb {0} "SELECT * FROM imports"</summary>
    public const string Workspace_Query = nameof(Workspace_Query);

    /// <summary>#</summary>
    public const string Col_Import = nameof(Col_Import);

    /// <summary>Imported (UTC)</summary>
    public const string Col_ImportedAt = nameof(Col_ImportedAt);

    /// <summary>Layout</summary>
    public const string Col_Layout = nameof(Col_Layout);

    /// <summary>Rows</summary>
    public const string Col_RowsStored = nameof(Col_RowsStored);

    /// <summary>Refused</summary>
    public const string Col_RowsRejected = nameof(Col_RowsRejected);

    /// <summary>Tariff sources (--data {0}):</summary>
    public const string Tariffs_Sources = nameof(Tariffs_Sources);

    /// <summary>{0}: {1}</summary>
    public const string Tariffs_Member = nameof(Tariffs_Member);

    /// <summary>every other member: the dataset's commodity-level tariffs ({0})</summary>
    public const string Tariffs_Others = nameof(Tariffs_Others);

    /// <summary>With DATA a workspace (.duckdb): the table or view to read as the panel.</summary>
    public const string Option_GravityTable = nameof(Option_GravityTable);

    /// <summary>With DATA a workspace (.duckdb): a SELECT whose result is the panel (for example BACI flows sum...</summary>
    public const string Option_GravitySql = nameof(Option_GravitySql);

    /// <summary>a workspace needs --table NAME or --sql QUERY (one of them)</summary>
    public const string Error_GravityTable = nameof(Error_GravityTable);
}
