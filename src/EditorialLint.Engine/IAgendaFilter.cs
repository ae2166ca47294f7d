namespace EditorialLint.Engine;

/// <summary>Decides whether an activation may enter the agenda.</summary>
public interface IAgendaFilter
{
    /// <summary>Tests an activation.</summary>
    /// <param name="activation">The activation.</param>
    /// <returns><see langword="true"/> to let it onto the agenda.</returns>
    bool Accept(Activation activation);
}
