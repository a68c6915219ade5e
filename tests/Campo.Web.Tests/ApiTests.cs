using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Campo.Web.Drafts;
using Campo.Web.Runs;

namespace Campo.Web.Tests;

public sealed class ApiTests : IClassFixture<CampoFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private readonly CampoFactory _factory;

    public ApiTests(CampoFactory factory) => _factory = factory;

    [Fact]
    public async Task The_shipped_drafts_are_listed_by_name()
    {
        using var client = _factory.CreateClient();
        var drafts = await client.GetFromJsonAsync<DraftInfo[]>("/api/drafts", Api.Json);
        // scenarios/: cancun-2003, framework-2004, harbinson-2003, nafta-1994, rev4-2008, uruguay-round-1995.
        Assert.Contains(drafts!, d => d.Name == "cancun-2003" && d.Title.StartsWith("Cancún", StringComparison.Ordinal));
        Assert.Contains(drafts!, d => d.Name == "harbinson-2003");
    }

    [Fact]
    public async Task A_run_goes_from_queued_to_done_and_its_result_is_the_evaluation()
    {
        using var client = _factory.CreateClient();
        var started = await Api.StartAsync(client, new RunRequest { Draft = "cancun-2003", Member = "MEX", Draws = 10 });
        Assert.Equal(1, started.Drafts);
        var done = await Api.WaitAsync(client, started, Patience);
        Assert.Equal(RunState.Done, done.State);
        Assert.Equal(1.0, done.Progress);
        var result = JsonDocument.Parse(await client.GetStringAsync(done.Links.Result)).RootElement;
        Assert.Equal("Cancún draft ministerial text (Derbez text), 13 September 2003", result.GetProperty("scenario").GetProperty("title").GetString());
        Assert.Equal(10, result.GetProperty("uncertainty").GetProperty("draws").GetInt32());
        Assert.Contains(result.GetProperty("regions").EnumerateArray(), r => r.GetProperty("region").GetString() == "MEX");
    }

    [Fact]
    public async Task A_multilateral_runs_result_carries_the_verdict_at_the_central_elasticities()
    {
        using var client = _factory.CreateClient();
        var done = await Api.WaitAsync(client, await Api.StartAsync(client, new RunRequest { Draft = "cancun-2003", Draws = 0 }), Patience);
        var negotiation = JsonDocument.Parse(await client.GetStringAsync(done.Links.Result)).RootElement.GetProperty("negotiation");
        var verdict = negotiation.GetProperty("verdict");
        // Invariant: every member present either objects or accepts.
        Assert.Equal(negotiation.GetProperty("draft").GetProperty("members").GetInt32(), verdict.GetProperty("objecting").GetInt32() + verdict.GetProperty("accepting").GetInt32());
        Assert.Equal(JsonValueKind.Null, negotiation.GetProperty("robustness").ValueKind);
        var report = await client.GetStringAsync(done.Links.Report + "?lang=en");
        Assert.Contains("<section id=\"verdict\" class=\"report-section\">", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_for_the_verdict_in_every_draw_judges_it_in_each_of_the_runs_draws()
    {
        using var client = _factory.CreateClient();
        var done = await Api.WaitAsync(client, await Api.StartAsync(client, new RunRequest { Draft = "cancun-2003", Draws = 4, Verdict = true }), Patience);
        var robustness = JsonDocument.Parse(await client.GetStringAsync(done.Links.Result)).RootElement.GetProperty("negotiation").GetProperty("robustness");
        Assert.Equal(4, robustness.GetProperty("draws").GetInt32());
        Assert.Equal(2005UL, robustness.GetProperty("seed").GetUInt64());
    }

    [Fact]
    public async Task A_regional_draft_is_shipped_and_runs_with_its_look_back_and_without_a_verdict()
    {
        using var client = _factory.CreateClient();
        var drafts = await client.GetFromJsonAsync<DraftInfo[]>("/api/drafts", Api.Json);
        Assert.Contains(drafts!, d => d.Name == "nafta-1994" && d.Kind == "regional");
        var done = await Api.WaitAsync(client, await Api.StartAsync(client, new RunRequest { Draft = "nafta-1994", Member = "MEX", Draws = 0 }), Patience);
        Assert.Equal(RunState.Done, done.State);
        var result = JsonDocument.Parse(await client.GetStringAsync(done.Links.Result)).RootElement;
        Assert.True(result.GetProperty("lookBack").GetProperty("series").GetArrayLength() > 0);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("negotiation").ValueKind);
        var report = await client.GetStringAsync(done.Links.Report + "?lang=es");
        Assert.Contains("<section id=\"look-back\" class=\"report-section\">", report, StringComparison.Ordinal);
        Assert.Contains("Mirada retrospectiva", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_regional_draft_compared_with_a_multilateral_one_gives_the_caveats()
    {
        using var client = _factory.CreateClient();
        var done = await Api.WaitAsync(client, await Api.StartAsync(client, new RunRequest { Draft = "nafta-1994", CompareWith = "cancun-2003", Member = "MEX", Draws = 0 }), Patience);
        Assert.Equal(RunState.Done, done.State);
        var report = await client.GetStringAsync(done.Links.Report + "?lang=en");
        Assert.Contains("their money figures cannot be added or subtracted", report, StringComparison.Ordinal);
        Assert.DoesNotContain("<section id=\"regions\"", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_comparison_run_returns_both_drafts()
    {
        using var client = _factory.CreateClient();
        var started = await Api.StartAsync(client, new RunRequest { Draft = "harbinson-2003", CompareWith = "cancun-2003", Draws = 0 });
        Assert.Equal(2, started.Drafts);
        var done = await Api.WaitAsync(client, started, Patience);
        var result = JsonDocument.Parse(await client.GetStringAsync(done.Links.Result)).RootElement;
        Assert.StartsWith("Harbinson", result.GetProperty("first").GetProperty("scenario").GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Cancún", result.GetProperty("second").GetProperty("scenario").GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_finished_run_gives_its_report_in_the_asked_language_and_its_csv()
    {
        using var client = _factory.CreateClient();
        var done = await Api.WaitAsync(client, await Api.StartAsync(client, new RunRequest { Draft = "cancun-2003", Draws = 0 }), Patience);
        var report = await client.GetStringAsync(done.Links.Report + "?lang=pt");
        Assert.Contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"pt\">", report, StringComparison.Ordinal);
        Assert.Contains("Em resumo", report, StringComparison.Ordinal);
        using var csv = await client.GetAsync(done.Links.Csv);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("scenario,region,region_name,", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 1000, "one line per region and commodity");
    }

    [Fact]
    public async Task A_comparisons_workbook_holds_both_drafts_with_the_results_numbers()
    {
        using var client = _factory.CreateClient();
        var done = await Api.WaitAsync(client, await Api.StartAsync(client, new RunRequest { Draft = "harbinson-2003", CompareWith = "cancun-2003", Draws = 0 }), Patience);
        var result = JsonDocument.Parse(await client.GetStringAsync(done.Links.Result)).RootElement;
        using var response = await client.GetAsync(done.Links.Workbook + "?lang=fr");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToDictionary(s => s.Name!.Value!);
        Assert.Contains("1 Groupes", sheets.Keys);
        Assert.Contains("2 Groupes", sheets.Keys);

        // The summary's world total of the second draft is the one /result gives.
        var summary = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)document.WorkbookPart.GetPartById(sheets["Résumé"].Id!)).Worksheet;
        var row = summary.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Single(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().First().InnerText == "second.world.total");
        var shown = double.Parse(row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ElementAt(1).CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(result.GetProperty("second").GetProperty("world").GetProperty("total").GetDouble(), shown);
    }

    [Fact]
    public async Task A_scenario_with_an_error_is_refused_before_running_with_its_line_and_a_translated_title()
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/runs") { Content = JsonContent.Create(new RunRequest { Scenario = "schema = 1\ntitle = \"x\"\nkind = \"multilateral\"\n[base\n", FileName = "mine.toml" }, options: Api.Json) };
        request.Headers.AcceptLanguage.ParseAdd("es-AR, es;q=0.9");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("La solicitud no se puede ejecutar", problem.GetProperty("title").GetString());
        Assert.StartsWith("mine.toml:4:", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, problem.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task A_scenarios_error_is_written_in_the_readers_language()
    {
        using var client = _factory.CreateClient();
        var scenario = "schema = 1\ntitle = \"x\"\nkind = \"multilateral\"\n[base]\nmembers_at = \"September\"\n";
        using var response = await client.PostAsJsonAsync("/api/runs?lang=es", new RunRequest { Scenario = scenario, FileName = "mine.toml" }, Api.Json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        // Messages.es.resx, Toml_ADate: the expected value said in Spanish, the place and the value as written.
        Assert.StartsWith("mine.toml:5:", detail, StringComparison.Ordinal);
        Assert.Contains("una fecha como 2003-09-14", detail, StringComparison.Ordinal);
        Assert.Contains("\"September\"", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"draft\":\"doha-2030\"}", "draft", "no shipped draft is called \"doha-2030\"")]
    [InlineData("{\"draft\":\"cancun-2003\",\"member\":\"XYZ\"}", "member", "unknown member \"XYZ\"")]
    [InlineData("{\"draft\":\"cancun-2003\",\"draws\":5000}", "draws", "draws = 5000 is out of range")]
    [InlineData("{}", "draft", "no draft was chosen and no scenario file was uploaded")]
    public async Task A_bad_request_names_the_field_and_what_is_wrong(string body, string field, string problem)
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsync("/api/runs?lang=en", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(field, json.GetProperty("field").GetString());
        Assert.Equal(problem, json.GetProperty("problem").GetString());
        Assert.Equal("The request cannot be run", json.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("es", "{\"draft\":\"cancun-2003\",\"member\":\"XYZ\"}", "miembro desconocido \"XYZ\"")]
    [InlineData("fr", "{\"draft\":\"doha-2030\"}", "aucun projet fourni ne s'appelle « doha-2030 »")]
    [InlineData("pt", "{\"draft\":\"cancun-2003\",\"draws\":5000}", "draws = 5000 está fora do intervalo")]
    public async Task A_bad_request_is_told_in_the_readers_language(string language, string body, string problem)
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsync("/api/runs?lang=" + language, new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(problem, json.GetProperty("problem").GetString());
    }

    [Fact]
    public async Task A_scenario_that_names_a_dataset_folder_is_refused_so_no_path_from_a_user_is_opened()
    {
        using var client = _factory.CreateClient();
        var toml = "schema = 1\ntitle = \"x\"\nkind = \"multilateral\"\n[base]\ndataset = \"/etc\"\nmembers_at = 2005-06-30\n";
        using var response = await client.PostAsJsonAsync("/api/runs", new RunRequest { Scenario = toml }, Api.Json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("base.dataset", json.GetProperty("field").GetString());
    }

    [Fact]
    public async Task An_upload_above_the_limit_is_refused_in_plain_words()
    {
        using var factory = new CampoFactory(o => o.MaxUploadBytes = 1024);
        using var client = factory.CreateClient();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[2000]), "file", "big.toml" } };
        using var response = await client.PostAsync("/api/runs/upload?lang=fr", form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Le fichier est trop volumineux", json.GetProperty("title").GetString());
        Assert.Contains("2\u202F000", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uploaded_scenario_runs_like_a_shipped_one()
    {
        using var client = _factory.CreateClient();
        var toml = await File.ReadAllTextAsync(Path.Combine(Api.RepositoryRoot, "scenarios", "harbinson-2003.toml"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(toml, Encoding.UTF8), "file", "../../etc/my-draft.toml" },
            { new StringContent("0"), "draws" },
        };
        using var response = await client.PostAsync("/api/runs/upload", form);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var started = JsonSerializer.Deserialize<Campo.Web.Api.RunStatus>(await response.Content.ReadAsStringAsync(), Api.Json)!;
        var done = await Api.WaitAsync(client, started, Patience);
        Assert.Equal(RunState.Done, done.State);
        var result = JsonDocument.Parse(await client.GetStringAsync(done.Links.Result)).RootElement;
        Assert.Equal("my-draft.toml", result.GetProperty("scenario").GetProperty("file").GetString());
    }

    [Fact]
    public async Task A_body_far_above_the_limit_is_refused_by_the_server_as_a_problem()
    {
        using var factory = new CampoFactory(o => o.MaxUploadBytes = 1024);
        using var client = factory.CreateClient();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[64 * 1024]), "file", "huge.toml" } };
        using var response = await client.PostAsync("/api/runs/upload", form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("The file is too large", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Concurrent_runs_are_isolated_each_gives_what_it_gives_alone()
    {
        // Two drafts started together on the server give exactly the evaluation of each draft run alone in the library
        // (same data, seed and draws; the draws do not depend on the number of threads).
        using var client = _factory.CreateClient();
        var names = new[] { "cancun-2003", "harbinson-2003" };
        var started = await Task.WhenAll(names.Select(n => Api.StartAsync(client, new RunRequest { Draft = n, Member = "BRA", Draws = 10, Seed = 7 })));
        for (var i = 0; i < names.Length; i++)
        {
            var done = await Api.WaitAsync(client, started[i], Patience);
            var served = await client.GetStringAsync(done.Links.Result);
            var scenario = Campo.Scenarios.ScenarioReader.Read(await File.ReadAllTextAsync(Path.Combine(Api.RepositoryRoot, "scenarios", names[i] + ".toml")), "scenarios/" + names[i] + ".toml");
            var context = Campo.Composition.EvaluationContext.For(Campo.Data.DatasetLoader.LoadDefault());
            var alone = Campo.Evaluation.DraftEvaluator.Evaluate(scenario, context, new Campo.Evaluation.EvaluationOptions { Draws = 10, Seed = 7, Focus = new Campo.Domain.MemberId("BRA") })
                with
            { Negotiation = Campo.Negotiation.Negotiator.Negotiate(scenario, context, new Campo.Negotiation.NegotiationOptions { Draws = 0, Seed = 7 }) };
            Assert.Equal(Normalise(Campo.Reports.CampoJson.Serialize(alone)), Normalise(served));
        }
    }

    [Fact]
    public async Task A_waiting_run_shows_its_progress_on_its_page()
    {
        using var factory = new CampoFactory(o => o.Workers = 1);
        using var client = factory.CreateClient();
        await Api.StartAsync(client, new RunRequest { Draft = "cancun-2003", Draws = 1000 });
        var waiting = await Api.StartAsync(client, new RunRequest { Draft = "harbinson-2003", Draws = 0 });
        var page = await client.GetStringAsync(waiting.Links.Page + "?lang=en");
        Assert.Contains("<progress max=\"1\" value=\"0\">", page, StringComparison.Ordinal);
        Assert.Contains("Waiting for a free worker", page, StringComparison.Ordinal);
        Assert.Contains("<script>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_run_is_not_found()
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync("/api/runs/0123456789abcdef/result");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_full_queue_answers_busy_instead_of_growing()
    {
        // One worker and room for one waiting run: of four runs sent at once, at most two are accepted (one running,
        // one waiting) while the first is still computing its 1,000 draws; the others are told the server is busy.
        using var factory = new CampoFactory(o =>
        {
            o.Workers = 1;
            o.QueueCapacity = 1;
        });
        using var client = factory.CreateClient();
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            responses.Add(await client.PostAsJsonAsync("/api/runs", new RunRequest { Draft = "cancun-2003", Draws = 1000 }, Api.Json));
        }

        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.ServiceUnavailable) >= 2);
        var busy = responses.First(r => r.StatusCode == HttpStatusCode.ServiceUnavailable);
        Assert.Equal("The server is busy", JsonDocument.Parse(await busy.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
        var accepted = JsonSerializer.Deserialize<Campo.Web.Api.RunStatus>(await responses[0].Content.ReadAsStringAsync(), Api.Json)!;
        using var early = await client.GetAsync(accepted.Links.Result);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        responses.ForEach(r => r.Dispose());
    }

    [Fact]
    public async Task The_served_openapi_description_is_the_committed_one()
    {
        using var client = _factory.CreateClient();
        var served = await client.GetStringAsync("/openapi/v1.json");
        var path = Path.Combine(Api.RepositoryRoot, "docs", "api", "openapi.json");
        if (Environment.GetEnvironmentVariable("CAMPO_WRITE_OPENAPI") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, served.ReplaceLineEndings("\n") + "\n");
        }

        Assert.True(File.Exists(path), "docs/api/openapi.json is missing; run the tests once with CAMPO_WRITE_OPENAPI=1 to write it");
        var committed = await File.ReadAllTextAsync(path);
        Assert.Equal(Normalise(committed), Normalise(served));
        Assert.Contains("/api/runs/{id}/result", served, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_speaks_the_language_of_the_query_and_remembers_it_in_a_cookie()
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync("/?lang=fr");
        Assert.Contains("lang=fr", string.Join(";", response.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Membre à examiner de près", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"MEX\">Mexique (MEX)</option>", page, StringComparison.Ordinal);
    }

    private static string Normalise(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
