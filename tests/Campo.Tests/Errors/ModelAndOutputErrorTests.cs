using Campo.Domain;
using Campo.Errors;
using Campo.Markets.Armington;
using Campo.Reports;

// Not Campo.Tests.Errors: that name would hide Campo.Errors from tests that write Errors.CampoException.
namespace Campo.Tests.LocalizedErrors;

/// <summary>
/// The Armington model's refusals and the report writers' errors speak the UI culture's language (Errors/Messages.*.resx)
/// and keep their shape: where: field: problem; what is expected. Expected texts written by hand from the .resx.
/// </summary>
public class ModelAndOutputErrorTests
{
    private static readonly MemberId H = new("HOM");
    private static readonly MemberId F = new("FOR");

    private static ArmingtonModel HandModel() => ArmingtonModel.Build(new ArmingtonBase(
        new CommodityId("good"),
        [new ArmingtonRegion(H, -1, 1, 2), new ArmingtonRegion(F, -1, 1, 2)],
        [new BilateralFlow(F, H, new Usd(100), new Rate(1.0))],
        "hand model"));

    [Fact]
    public void An_over_quota_rate_below_the_in_quota_rate_is_refused_in_Portuguese_with_invariant_numbers()
    {
        using var _ = TestCulture.Use("pt-BR");
        var quota = new BilateralQuota(F, H, new Tonnes(100), new Tonnes(120), new Rate(0.5), new Rate(0.1));
        var error = Assert.Throws<CampoException>(() => ArmingtonQuotaSolver.Solve(HandModel(), ArmingtonShock.None, [quota]));
        Assert.Equal("hand model: FOR HOM quota: a taxa fora da quota 10.0% de FOR para HOM é inferior à taxa dentro da quota 50.0%; uma taxa fora da quota pelo menos igual à taxa dentro da quota", error.Message);
    }

    [Fact]
    public void A_shock_that_changes_one_tariff_twice_is_refused_in_Spanish()
    {
        using var _ = TestCulture.Use("es");
        var shock = new ArmingtonShock([new BilateralTariffChange(F, H, Rate.Zero), new BilateralTariffChange(F, H, new Rate(0.5))], "doble");
        var error = Assert.Throws<CampoException>(() => ArmingtonSteps.Solve(HandModel(), shock, new ArmingtonStepOptions { Steps = 1 }));
        Assert.Equal("doble: FOR HOM tariff: el choque cambia dos veces el arancel de FOR a HOM; un cambio por par", error.Message);
    }

    [Fact]
    public void A_report_that_is_not_html_is_refused_in_French()
    {
        using var _ = TestCulture.Use("fr-FR");
        var path = Path.Combine(Path.GetTempPath(), "campo-" + Guid.NewGuid().ToString("N") + ".txt");
        var error = Assert.Throws<CampoException>(() => HtmlReports.Write("<html></html>", path, "rapport.txt"));
        Assert.Equal("rapport.txt: --report: impossible d'écrire un rapport en \".txt\"; nommez le fichier du rapport avec .html", error.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void The_same_report_error_stays_in_English_by_default()
    {
        var error = Assert.Throws<CampoException>(() => HtmlReports.Write("<html></html>", "/nowhere/report.txt", "report.txt"));
        Assert.Equal("report.txt: --report: cannot write a report as \".txt\"; name the report file with .html", error.Message);
    }
}

/// <summary>The dataset builder's errors (campo data build) in the UI culture's language.</summary>
public class BuilderErrorTests
{
    [Fact]
    public void A_missing_shared_data_folder_is_reported_in_Portuguese_naming_the_option()
    {
        using var _ = TestCulture.Use("pt");
        var missing = Path.Combine(Path.GetTempPath(), "campo-" + Guid.NewGuid().ToString("N"));
        var error = Assert.Throws<CampoException>(() => Campo.Data.Build.DatasetBuilder.BuildInMemory(new(missing, "out", "sources", null)));
        Assert.Equal("--from: a pasta " + missing + " não existe; a pasta de dados públicos compartilhados, como ../shared/data", error.Message);
    }

    [Fact]
    public void The_same_builder_error_stays_in_English_by_default()
    {
        var missing = Path.Combine(Path.GetTempPath(), "campo-" + Guid.NewGuid().ToString("N"));
        var error = Assert.Throws<CampoException>(() => Campo.Data.Build.DatasetBuilder.BuildInMemory(new(missing, "out", "sources", null)));
        Assert.Equal("--from: the folder " + missing + " does not exist; the shared public data folder, such as ../shared/data", error.Message);
    }
}
