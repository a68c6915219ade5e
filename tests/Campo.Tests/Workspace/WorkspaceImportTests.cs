using Campo.Data;
using Campo.Domain;
using Campo.Schedules.Import;
using Campo.Tests.TestSupport;
using Campo.Workspace;

namespace Campo.Tests.Workspace;

/// <summary>The importers and the workspace (issue 19), on small files written here and on the shared fixtures.</summary>
public sealed class WorkspaceImportTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
    private readonly string _folder = Directory.CreateTempSubdirectory("campo-ws-").FullName;
    private readonly WorkspaceDb _workspace;

    public WorkspaceImportTests()
    {
        _workspace = WorkspaceDb.Open(Path.Combine(_folder, "ws.duckdb"), "ws.duckdb", create: true);
    }

    public void Dispose()
    {
        _workspace.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private ImportOutcome Import(ImportKind kind, string path, MemberId? member = null) =>
        WorkspaceImport.Import(_workspace, kind, path, Path.GetFileName(path), member, Now);

    private long Count(string table) => Convert.ToInt64(_workspace.Scalar("SELECT count(*) FROM " + table), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Reimporting_a_file_replaces_its_rows_and_keeps_one_provenance_row()
    {
        var path = Write("flows.csv", "t,i,j,k,v,q\n2002,76,32,100590,12.5,40\n2002,76,32,10121,1,NA\n");
        var first = Import(ImportKind.Baci, path);
        var second = Import(ImportKind.Baci, path);
        Assert.Empty(first.Replaced);
        Assert.Equal([first.Record.Id], second.Replaced);
        Assert.Equal(2, Count("flows"));
        var record = Assert.Single(_workspace.Imports());
        Assert.Equal(second.Record.Id, record.Id);
        Assert.Equal("flows.csv", record.FileName);
        Assert.Equal(Now, record.ImportedAt);
        Assert.Equal(64, record.Sha256.Length);
        Assert.Contains("Etalab", record.Licence, StringComparison.Ordinal);

        // A code written as a number (10121) gets back its leading zero; a missing quantity (NA) is stored as missing.
        Assert.Equal(1L, Convert.ToInt64(_workspace.Scalar("SELECT count(*) FROM flows WHERE hs6 = '010121' AND quantity_t IS NULL"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_file_refused_halfway_leaves_the_workspace_as_it_was()
    {
        var good = Write("flows.csv", "t,i,j,k,v,q\n2002,76,32,100590,12.5,40\n");
        Import(ImportKind.Baci, good);

        // Same name, now with an unknown layout: the import fails after it deleted the earlier rows inside its
        // transaction; the rollback restores them.
        File.WriteAllText(good, "year,from,to,value\n2002,76,32,1\n");
        var error = Assert.Throws<ImportException>(() => Import(ImportKind.Baci, good));
        Assert.Equal(RejectReason.UnknownLayout, error.Reason);
        Assert.Equal(1, Count("flows"));
        Assert.Single(_workspace.Imports());
    }

    [Fact]
    public void Refused_rows_are_recorded_with_line_and_named_reason()
    {
        var path = Write("flows.csv", "t,i,j,k,v,q\n2002,76,32,100590,12.5,40\n2002,76,32,100590,13,41\n2002,76,32,999999,1,1\n2002,76,32,100630,lots,1\n2002,76,32,100610,-1,1\n");
        var outcome = Import(ImportKind.Baci, path);
        Assert.Equal(5, outcome.Record.RowsRead);
        Assert.Equal(1, outcome.Record.RowsImported);
        var rejections = _workspace.Rejections(outcome.Record.Id);
        Assert.Equal([3L, 4L, 5L, 6L], rejections.Select(r => r.Line!.Value));
        Assert.Equal([RejectReason.DuplicatedLine, RejectReason.BadCode, RejectReason.RateIsText, RejectReason.BadNumber], rejections.Select(r => r.Reason));
        Assert.Contains("line 2", rejections[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_named()
    {
        var path = Write("flows.csv", "t,i,j,k,q\n2002,76,32,100590,40\n");
        var error = Assert.Throws<ImportException>(() => Import(ImportKind.Baci, path));
        Assert.Equal(RejectReason.MissingColumn, error.Reason);
        Assert.Contains("no column v", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, Count("flows"));
    }

    [Fact]
    public void Faostat_normalized_and_wide_layouts_give_the_same_rows()
    {
        var normalized = Write("fao_norm.csv", "Area Code,Area,Item Code,Item,Element Code,Element,Year Code,Year,Unit,Value,Flag\n21,Brazil,56,Maize,5510,Production,2004,2004,t,41787558,A\n21,Brazil,56,Maize,5510,Production,2005,2005,t,35113312,A\n");
        var wide = Write("fao_wide.csv", "Area Code,Area,Item Code,Item,Element Code,Element,Unit,Y2004,Y2004F,Y2005,Y2005F\n21,Brazil,56,Maize,5510,Production,t,41787558,A,35113312,A\n");
        var a = Import(ImportKind.Faostat, normalized);
        var b = Import(ImportKind.Faostat, wide);
        Assert.Equal("FAOSTAT bulk, normalized", a.Record.Layout);
        Assert.StartsWith("FAOSTAT bulk, wide", b.Record.Layout, StringComparison.Ordinal);
        Assert.Equal(2, a.Record.RowsImported);
        Assert.Equal(2, b.Record.RowsImported);
        Assert.Equal(0L, Convert.ToInt64(_workspace.Scalar("SELECT count(*) FROM (SELECT area_code, item_code, element, year, value, flag FROM faostat WHERE import_id = 1 EXCEPT SELECT area_code, item_code, element, year, value, flag FROM faostat WHERE import_id = 2)"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_faostat_file_without_its_keys_is_an_unknown_layout()
    {
        var path = Write("x.csv", "country,crop,tonnes\nBrazil,maize,1\n");
        Assert.Equal(RejectReason.UnknownLayout, Assert.Throws<ImportException>(() => Import(ImportKind.Faostat, path)).Reason);
    }

    [Fact]
    public void Ttd_hs_lines_join_applied_and_bound_rates_into_a_schedule()
    {
        var path = Write("ttd.csv",
            "reporter_name,reporter_code,year,classification,classification_version,duty_scheme_code,duty_scheme_name,product_code,mtn_categories,simple_average,trade_weighted,duty_free_share,non_ad_valorem\n"
            + "Brazil,C076,2010,HS,H3,A0002,MFN statutory (legal/autonomous) duty,100590,Maize other,8,,,\n"
            + "Brazil,C076,2010,HS,H3,B,Bound duty,100590,Maize other,35,,,\n"
            + "Brazil,C076,2010,HS,H3,A0002,MFN statutory (legal/autonomous) duty,020110,Beef carcasses,,,,3 USD/kg\n"
            + "Brazil,C076,2010,MTN,MT4,A0002,MFN statutory (legal/autonomous) duty,E01,Cereals,9.5,7,0.1,\n");
        var outcome = Import(ImportKind.WtoTtd, path);
        Assert.Equal(0, outcome.Record.RowsRejected);
        Assert.Equal(1, Count("tariff_averages"));
        var schedule = WorkspaceSchedules.ForMember(_workspace, new MemberId("BRA"))!;
        var maize = schedule.Lines.Single(l => l.Id == "100590");
        Assert.Equal(8, maize.Applied!.AdValorem!.Value.Percent, 12);
        Assert.Equal(35, maize.Bound!.AdValorem!.Value.Percent, 12);
        Assert.Equal(Reliability.Verified, maize.BoundProvenance.Reliability);
        var beef = schedule.Lines.Single(l => l.Id == "020110");
        Assert.Null(beef.Applied);
        Assert.Contains(schedule.Notes, n => n.Contains("non-ad-valorem", StringComparison.Ordinal));
    }

    [Fact]
    public void The_overlay_replaces_a_members_commodity_tariff_by_the_simple_average_of_its_lines()
    {
        // Two maize lines at 10% and 20% and one wheat line at 6%: maize 15% (hand: (10 + 20) / 2), wheat 6%.
        var path = Write("bra.csv", "reporter_iso3,year,product_code,tariff_value\nBRA,2002,100510,10\nBRA,2002,100590,20\nBRA,2002,100190,6\nBRA,2002,850440,14\n");
        Import(ImportKind.Wits, path);
        var dataset = DatasetLoader.LoadDefault();
        var overlay = WorkspaceTariffs.Overlay(dataset, _workspace);
        var bra = new MemberId("BRA");
        Assert.Equal(0.15, overlay.Base(bra, new CommodityId("maiz"))!.TariffEquivalent!.Value.Fraction, 12);
        Assert.Equal(0.06, overlay.Base(bra, new CommodityId("whea"))!.TariffEquivalent!.Value.Fraction, 12);
        // Other commodities and members keep the dataset's rates.
        Assert.Equal(dataset.Base(bra, new CommodityId("rice"))!.TariffEquivalent, overlay.Base(bra, new CommodityId("rice"))!.TariffEquivalent);
        Assert.Equal(dataset.Base(new MemberId("ARG"), new CommodityId("maiz"))!.TariffEquivalent, overlay.Base(new MemberId("ARG"), new CommodityId("maiz"))!.TariffEquivalent);
        var source = Assert.Single(overlay.TariffSources);
        Assert.True(source.Used);
        Assert.Equal(["maiz", "whea"], source.Commodities.Select(c => c.Code));
        Assert.Contains("3 of 3 agricultural lines", source.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("100590", "maiz")]
    [InlineData("100820", "mill")]
    [InlineData("100810", "ocer")]
    [InlineData("071410", "cass")]
    [InlineData("071320", "chkp")]
    [InlineData("071310", "opul")]
    [InlineData("230630", "sfml")]
    [InlineData("230690", "toml")]
    [InlineData("110100", "whea")]
    public void The_concordance_takes_the_longest_matching_prefix(string hs, string commodity) =>
        Assert.Equal(commodity, HsConcordance.Embedded.Of(hs)?.Code);

    [Fact]
    public void A_line_outside_every_model_commodity_has_none() => Assert.Null(HsConcordance.Embedded.Of("010121"));

    [SkippableFact]
    public void The_Brazil_2002_WITS_response_read_back_from_the_workspace_is_the_file_line_for_line()
    {
        var json = SharedData.Require("wits/raw_2002/tariffs_partner_000.json");
        Import(ImportKind.Wits, json);
        var direct = WitsSdmxReader.ReadFile(json, "wits.json", new MemberId("BRA")).Schedule;
        var imported = WorkspaceSchedules.ForMember(_workspace, new MemberId("BRA"))!;
        Assert.Equal(direct.Level, imported.Level);
        Assert.Equal(direct.Lines.Count, imported.Lines.Count);
        for (var i = 0; i < direct.Lines.Count; i++)
        {
            var a = direct.Lines[i];
            var b = imported.Lines[i];
            Assert.Equal(a.Id, b.Id);
            Assert.Equal(a.Group, b.Group);
            Assert.Equal(a.Description, b.Description);
            Assert.Equal(a.Applied?.AdValorem?.Percent, b.Applied?.AdValorem?.Percent);
            Assert.Equal(a.Bound?.AdValorem?.Percent, b.Bound?.AdValorem?.Percent);
            Assert.Equal(a.BoundProvenance, b.BoundProvenance);
        }
    }

    [SkippableFact]
    public void The_shared_wto_and_faostat_fixtures_import_without_a_refused_row()
    {
        var ttd = Import(ImportKind.WtoTtd, SharedData.Require("wto_ttd/wto_mfn_applied_duty_by_MTN_category_5economies_2010_2025.csv"));
        var prices = Import(ImportKind.Faostat, SharedData.Require("faostat/GCAMFAOSTAT_ProdPrice.csv.gz"));

        // wc -l of the file less its header: 7,492 lines, 7,491 rows.
        Assert.Equal(7491, ttd.Record.RowsRead);
        Assert.Equal(0, ttd.Record.RowsRejected);
        Assert.Equal(ttd.Record.RowsRead, Count("tariff_averages"));
        Assert.Equal(0, prices.Record.RowsRejected);
        Assert.Equal("gcamfaostat extract, wide (year columns)", prices.Record.Layout);
        Assert.True(prices.Record.RowsImported > prices.Record.RowsRead, "a wide line holds one value per year");
    }
}
