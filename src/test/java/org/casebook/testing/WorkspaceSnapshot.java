package org.casebook.testing;

import java.util.List;
import org.casebook.model.Item;
import org.casebook.model.ItemQuery;
import org.casebook.model.Source;
import org.casebook.store.Workspace;

/** Everything a user can see in a workspace, to assert that a failed operation changed none of it. */
public record WorkspaceSnapshot(List<String> sources, List<Item> items) {

    public static WorkspaceSnapshot of(Workspace workspace) {
        return new WorkspaceSnapshot(workspace.sources().all().stream().map(Source::sha256).sorted().toList(),
                workspace.items().list(ItemQuery.all()));
    }
}
