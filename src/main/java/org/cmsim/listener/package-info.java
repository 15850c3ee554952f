/**
 * The listener's reader: what the forms of a sentence allow a listener to conclude (case, number, gender, person,
 * animacy where the form tells it), from a morphological dictionary or, where none exists, from the analyses a
 * form has in the treebanks.
 */
package org.cmsim.listener;
