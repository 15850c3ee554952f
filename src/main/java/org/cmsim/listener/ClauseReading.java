package org.cmsim.listener;

import org.cmsim.model.Order;

/**
 * What the listener's reader made of a clause: its order (where the verb that sets it stands among the
 * two nouns), the readings of n1, the verb and n2, and the verb-group word the order was read from.
 */
public record ClauseReading(Order order, SlotReading n1, SlotReading v, SlotReading n2, Word orderWord) {
}
