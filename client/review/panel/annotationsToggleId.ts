/** The «Замечания» toggle's element id: closing the panel gives the keyboard back to it. */
export const annotationsToggleId = 'annotations-toggle'
