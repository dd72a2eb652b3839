namespace ClinicSite.Engine.Diagnostics;

/// <summary>A stable diagnostic code with a one-line description and how to fix it (documented in the README).</summary>
public sealed record DiagnosticCode(string Id, string Title, string Fix);
