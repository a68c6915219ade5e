using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Campo.Web.Api;
using Campo.Web.Runs;

namespace Campo.Web.Tests;

/// <summary>Every malformed request named by its field, back-pressure that says when to come back, a bounded store, API keys.</summary>
public sealed class RobustnessTests : IClassFixture<CampoFactory>
{
    private readonly CampoFactory _factory;

    public RobustnessTests(CampoFactory factory) => _factory = factory;

    [Theory]
    [InlineData("{\"draft\": \"cancun-2003\", \"draws\": \"many\"}", "draws", "draws: the value cannot be read (line 1, column 41); expected a whole number from 0 to 1000.")]
    [InlineData("{\"draft\": \"cancun-2003\", \"verdict\": 3}", "verdict", "verdict: the value cannot be read (line 1, column 38); expected true or false.")]
    [InlineData("{\"draft\": 2003}", "draft", "draft: the value cannot be read (line 1, column 15); expected a text in double quotes.")]
    public async Task A_value_of_the_wrong_type_is_refused_naming_its_field(string body, string field, string detail)
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsync("/api/runs?lang=en", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(field, json.GetProperty("field").GetString());
        Assert.Equal(detail, json.GetProperty("detail").GetString());
        Assert.Equal("The request cannot be read", json.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Malformed_json_is_refused_with_its_line_in_the_readers_language()
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsync("/api/runs?lang=es", new StringContent("{\"draft\": \"cancun-2003\",\n", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("La solicitud no se puede leer", json.GetProperty("title").GetString());
        Assert.StartsWith("El cuerpo no es JSON válido (línea 2", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_as_such()
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsync("/api/runs", new StringContent("draft=cancun-2003", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_without_its_file_names_the_file_field()
    {
        using var client = _factory.CreateClient();
        using var form = new MultipartFormDataContent { { new StringContent("MEX"), "member" } };
        using var response = await client.PostAsync("/api/runs/upload?lang=pt", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("file", json.GetProperty("field").GetString());
        Assert.StartsWith("file: o formulário não tem arquivo", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forms_draws_that_are_not_a_number_name_the_field()
    {
        using var client = _factory.CreateClient();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("schema = 1\n", Encoding.UTF8), "file", "x.toml" },
            { new StringContent("many"), "draws" },
        };
        using var response = await client.PostAsync("/api/runs/upload", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("draws", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_chunked_upload_above_the_limit_says_the_limit_never_question_marks()
    {
        using var factory = new CampoFactory(o => o.MaxUploadBytes = 1024);
        using var client = factory.CreateClient();
        using var file = new StreamContent(new MemoryStream(new byte[64 * 1024]));
        using var form = new MultipartFormDataContent { { file, "file", "huge.toml" } };
        form.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/runs/upload") { Content = form };
        request.Headers.TransferEncodingChunked = true;
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
        Assert.DoesNotContain("?", detail, StringComparison.Ordinal);
        Assert.Contains("1,024", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_full_queue_says_when_to_come_back()
    {
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

        var busy = responses.First(r => r.StatusCode == HttpStatusCode.ServiceUnavailable);
        var retry = busy.Headers.RetryAfter?.Delta;
        Assert.NotNull(retry);
        Assert.InRange(retry.Value.TotalSeconds, 1, 300);
        var json = JsonDocument.Parse(await busy.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(retry.Value.TotalSeconds, json.GetProperty("retryAfter").GetInt32());
        responses.ForEach(r => r.Dispose());
    }

    [Fact]
    public async Task The_store_keeps_its_bound_and_a_forgotten_run_is_gone_not_unknown()
    {
        // Room for one finished run: the first of two runs is forgotten once the second finishes.
        using var factory = new CampoFactory(o => o.KeepRuns = 1);
        using var client = factory.CreateClient();
        var first = await Api.StartAsync(client, new RunRequest { Draft = "uruguay-round-1995", Draws = 0 });
        await Api.WaitAsync(client, first, TimeSpan.FromMinutes(2));
        var second = await Api.StartAsync(client, new RunRequest { Draft = "uruguay-round-1995", Draws = 0 });
        await Api.WaitAsync(client, second, TimeSpan.FromMinutes(2));

        using var gone = await client.GetAsync(first.Links.Result + "?lang=fr");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Equal("L'exécution n'est plus conservée", JsonDocument.Parse(await gone.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
        using var kept = await client.GetAsync(second.Links.Result);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        using var never = await client.GetAsync("/api/runs/00000000000000000000000000000000");
        Assert.Equal(HttpStatusCode.NotFound, never.StatusCode);
    }

    [Fact]
    public async Task A_server_with_keys_refuses_a_request_without_one_and_passes_one_with_it()
    {
        const string Key = "0123456789abcdef0123";
        using var factory = new CampoFactory(o => o.ApiKeyHashes = [ApiKeys.Hash(Key)]);
        using var client = factory.CreateClient();
        using var refused = await client.GetAsync("/api/drafts?lang=fr");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("Une clé d'API est nécessaire", JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());

        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/drafts");
        wrong.Headers.Add(ApiKeys.Header, Key + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong)).StatusCode);

        using var right = new HttpRequestMessage(HttpMethod.Get, "/api/drafts");
        right.Headers.Add(ApiKeys.Header, Key);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(right)).StatusCode);

        using var bearer = new HttpRequestMessage(HttpMethod.Get, "/api/drafts");
        bearer.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Key);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(bearer)).StatusCode);

        // The description stays readable, so that a client can be generated before it has a key.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_route_is_a_problem_in_the_readers_language()
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync("/api/nothing?lang=es");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith("La solicitud fue rechazada (404", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_upload_endpoint_answers_every_mutated_file_as_documented()
    {
        // The upload endpoint fuzzed with mutated shipped drafts (0 draws): 202, 400 or 413, never a 500.
        var seed = File.ReadAllBytes(Path.Combine(Api.RepositoryRoot, "scenarios", "cancun-2003.toml"));
        using var client = _factory.CreateClient();
        var random = new Random(2005);
        for (var i = 0; i < 40; i++)
        {
            var bytes = seed.ToList();
            for (var m = 0; m < 1 + random.Next(6); m++)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(3))
                {
                    case 0:
                        bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at));
                        break;
                    case 1:
                        bytes.InsertRange(at, Encoding.UTF8.GetBytes(new[] { "[", "]", "=", "\"", "nan", "{", "\n", "1e309", "[[x]]\n" }[random.Next(9)]));
                        break;
                    default:
                        bytes[at] = (byte)random.Next(256);
                        break;
                }
            }

            using var form = new MultipartFormDataContent
            {
                { new ByteArrayContent([.. bytes]), "file", "fuzz.toml" },
                { new StringContent("0"), "draws" },
            };
            using var response = await client.PostAsync("/api/runs/upload", form);
            Assert.True(
                response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.BadRequest or HttpStatusCode.ServiceUnavailable,
                "mutation " + i + " answered " + (int)response.StatusCode + ": " + await response.Content.ReadAsStringAsync());
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                Assert.False(string.IsNullOrWhiteSpace(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()));
            }
        }
    }
}
