using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Model;

namespace ClinicSite.Engine.Templates;

/// <summary>
/// schema.org JSON-LD for a page. The encoder escapes &lt; &gt; &amp; and quotes as \uXXXX, so no field can close
/// the script element it is embedded in or open a comment there.
/// </summary>
internal static class StructuredData
{
    // JavaScriptEncoder.Default is HTML-safe: it never writes <, >, & or ' literally. Named here so nobody swaps in
    // UnsafeRelaxedJsonEscaping, which would let a title like "</script>" end the element.
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false, Encoder = JavaScriptEncoder.Default };

    public static string For(Page page, Site site, IReadOnlyList<(string Title, string Url)> breadcrumbs)
    {
        var baseUrl = site.Data.BaseUrl.TrimEnd('/');
        var clinic = new JsonObject
        {
            ["@type"] = "MedicalClinic",
            ["name"] = site.Data.Clinic.Name,
            ["description"] = site.Data.Clinic.Description,
            ["url"] = baseUrl + "/",
        };
        var webPage = new JsonObject
        {
            ["@type"] = page.Kind == PageKind.Faq ? new JsonArray("MedicalWebPage", "FAQPage") : "MedicalWebPage",
            ["name"] = page.Title,
            ["description"] = page.Meta.Summary,
            ["url"] = baseUrl + page.Url,
            ["inLanguage"] = site.Data.Language,
            ["lastReviewed"] = page.Meta.Reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["reviewedBy"] = new JsonObject { ["@type"] = "Organization", ["name"] = page.Reviewer?.Name ?? page.Meta.ReviewedBy },
            ["publisher"] = clinic.DeepClone(),
        };

        if (page.Meta is ProcedureMeta procedure)
        {
            webPage["about"] = Procedure(page, procedure, baseUrl);
        }

        if (page.Kind == PageKind.Faq)
        {
            webPage["mainEntity"] = new JsonArray(page.Markdown.Faq.Select(q => (JsonNode)new JsonObject
            {
                ["@type"] = "Question",
                ["name"] = q.Question,
                ["acceptedAnswer"] = new JsonObject { ["@type"] = "Answer", ["text"] = q.Answer },
            }).ToArray());
        }

        var graph = new JsonArray(webPage);
        if (breadcrumbs.Count > 1)
        {
            graph.Add((JsonNode)new JsonObject
            {
                ["@type"] = "BreadcrumbList",
                ["itemListElement"] = new JsonArray(breadcrumbs.Select((b, i) => (JsonNode)new JsonObject
                {
                    ["@type"] = "ListItem",
                    ["position"] = i + 1,
                    ["name"] = b.Title,
                    ["item"] = baseUrl + b.Url,
                }).ToArray()),
            });
        }

        if (page.Kind == PageKind.Home)
        {
            clinic["@id"] = baseUrl + "/#clinic";
            clinic["email"] = site.Data.Clinic.Email;
            clinic["telephone"] = site.Data.Clinic.Phone;
            clinic["address"] = site.Data.Clinic.Address;
            webPage["about"] = new JsonObject { ["@id"] = baseUrl + "/#clinic" };
            graph.Add((JsonNode)clinic);
        }

        var root = new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph };
        return root.ToJsonString(Options);
    }

    /// <summary>
    /// The procedure a page is about. Injections go through the skin, so procedureType is PercutaneousProcedure (a
    /// MedicalProcedureType); what it is for is said by the subtype: DiagnosticProcedure and/or TherapeuticProcedure.
    /// </summary>
    private static JsonObject Procedure(Page page, ProcedureMeta procedure, string baseUrl)
    {
        var types = new JsonArray("MedicalProcedure");
        if (procedure.Purpose is Purpose.Diagnostic or Purpose.Both)
        {
            types.Add((JsonNode)"DiagnosticProcedure");
        }

        if (procedure.Purpose is Purpose.Therapeutic or Purpose.Both)
        {
            types.Add((JsonNode)"TherapeuticProcedure");
        }

        var guidance = string.Join(" or ", procedure.Guidance.Distinct().Select(g => g == Guidance.Fluoroscopy ? "fluoroscopy (live X-ray)" : "ultrasound"));
        var checklists = page.Checklists.Select(c => c.Title).ToList();
        return new JsonObject
        {
            ["@type"] = types,
            ["name"] = page.Title,
            ["description"] = page.Meta.Summary,
            ["url"] = baseUrl + page.Url,
            ["procedureType"] = "https://schema.org/PercutaneousProcedure",
            ["bodyLocation"] = procedure.BodyLocation,
            ["howPerformed"] = $"{(guidance.Length > 0 ? $"An injection guided by {guidance}." : "An injection.")} {Sentence(procedure.Anesthesia)} {Sentence(procedure.TimeOnDay)}",
            ["preparation"] = checklists.Count > 0 ? $"Follow the checklists: {string.Join("; ", checklists)}." : "Ask your doctor how to prepare.",
            ["followup"] = $"{Sentence(procedure.GoingHome)} {Sentence(procedure.ReliefStarts)} {Sentence(procedure.ReliefLasts)}",
        };
    }

    private static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || trimmed.EndsWith('.') ? trimmed : trimmed + ".";
    }
}
