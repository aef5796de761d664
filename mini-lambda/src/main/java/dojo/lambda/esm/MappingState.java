package dojo.lambda.esm;

/**
 * AWS's event source mapping states. Changes answer with the transitional state (Creating,
 * Updating, Enabling, Disabling, Deleting); the mapping then settles in Enabled or Disabled.
 *
 * <pre>
 * Creating --> Enabled | Disabled      Enabled --Enabled=false--> Disabling --> Disabled
 * any --update--> Updating --> Enabled | Disabled      any --delete--> Deleting --> (gone)
 * </pre>
 */
public enum MappingState {
    Creating,
    Enabling,
    Enabled,
    Disabling,
    Disabled,
    Updating,
    Deleting
}
