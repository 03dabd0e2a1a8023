package cz.opora.family.domain;

/**
 * A person's place in the family: the household (parents, children, guardians) and the wider network a family
 * conference may invite (grandparents, siblings, relatives, friends, neighbours).
 */
public enum MemberRole {
    PARENT, CHILD, GUARDIAN, GRANDPARENT, SIBLING, RELATIVE, FRIEND, NEIGHBOUR, OTHER
}
