namespace EditorialLint.Rules.Officials;

/// <summary>How a written first name relates to an official's.</summary>
public enum GivenNameMatch
{
    /// <summary>Another name.</summary>
    None,

    /// <summary>The same consonant skeleton only (Vladimir for Volodymyr, Jeffrey for Geoffrey).</summary>
    Sounds,

    /// <summary>Equal once folded or one slip apart (Antony/Anthony, Jon/John).</summary>
    Spelled,

    /// <summary>Exactly as the registry has it.</summary>
    Exact,
}
