namespace ClinicSite.Tests.BadInput;

/// <summary>
/// Valid pages of the minimal site written out in full, so every case's expected line number can be read off here.
/// Cases break them with a string replacement and expect the error on the line the replacement touched.
/// </summary>
internal static class CasePages
{
    public const string RiskPath = "input/risks/bleeding.md";
    public const string ProcedurePath = "input/procedures/epidural.md";

    /// <summary>input/risks/bleeding.md. Line numbers: 2 title, 3 summary, 4 reviewed, 5 next_review, 6 reviewed_by,
    /// 7 sources, 8 "- title", 9 publisher, 10 frequency, 11 warning_signs, 12 urgency, 13 get_help, 14 "---",
    /// 16 "## What it is", 18 text. Text appended after it starts on line 20.</summary>
    public const string Risk = """
        ---
        title: Bleeding
        summary: A short summary of the page.
        reviewed: 2026-01-10
        next_review: 2027-01-10
        reviewed_by: team
        sources:
          - title: "Spinal Injections"
            publisher: "Patient handout"
        frequency: rare
        warning_signs: [Swelling]
        urgency: urgent
        get_help: Call your doctor today.
        ---

        ## What it is

        Some bleeding.

        """;

    /// <summary>input/procedures/epidural.md. Line numbers: 2 title … 9 publisher, 10 purpose, 11 guidance,
    /// 12 body_location, 18 conditions, 19 risks, 20 performed_by, 21 checklists, 22 region, 23 "---",
    /// 25 "## What it is", 27 text with a link. Text appended after it starts on line 29.</summary>
    public const string Procedure = """
        ---
        title: Epidural
        summary: A short summary of the page.
        reviewed: 2026-01-10
        next_review: 2027-01-10
        reviewed_by: team
        sources:
          - title: "Spinal Injections"
            publisher: "Patient handout"
        purpose: both
        guidance: [fluoroscopy]
        body_location: Low back
        anesthesia: Numbing medicine
        time_on_day: A few minutes
        going_home: Same day
        relief_starts: Within a week
        relief_lasts: Weeks to months
        conditions: [sciatica]
        risks: [bleeding, infection]
        performed_by: [physiatrist]
        checklists: [before]
        region: spine
        ---

        ## What it is

        An injection guided by fluoroscopy. See [bleeding](../risks/bleeding.md#what-it-is).

        """;

    /// <summary>The risk page with one exact piece of text replaced (fails loudly if the text is not there).</summary>
    public static string RiskWith(string find, string replace) => Replace(Risk, find, replace);

    /// <summary>The procedure page with one exact piece of text replaced.</summary>
    public static string ProcedureWith(string find, string replace) => Replace(Procedure, find, replace);

    /// <summary>The procedure page with a line of body text added on line 29.</summary>
    public static string ProcedureBodyLine(string line) => Procedure + "\n" + line + "\n";

    private static string Replace(string text, string find, string replace)
    {
        if (!text.Contains(find, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The case page does not contain '{find}'.", nameof(find));
        }

        return text.Replace(find, replace, StringComparison.Ordinal);
    }
}
