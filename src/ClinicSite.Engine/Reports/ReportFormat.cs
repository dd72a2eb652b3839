namespace ClinicSite.Engine.Reports;

/// <summary>How the report is printed: a table for people, JSON for tools, CSV for spreadsheets.</summary>
internal enum ReportFormat { Table, Json, Csv }
