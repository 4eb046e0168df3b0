import { expect, it } from 'vitest'
import { xmlFault } from './xmlWellFormed'

it('accepts well-formed XML and names the first fault of broken XML', () => {
  expect(xmlFault('<?xml version="1.0"?><a x="1"><b/>т &amp; &#1090;<c y=\'2\'>x</c></a>')).toBeUndefined()
  expect(xmlFault('<a><b></a>')).toMatch(/does not close/)
  expect(xmlFault('<a>x & y</a>')).toMatch(/bad entity/)
  expect(xmlFault('<a x=1></a>')).toMatch(/bad tag/)
  expect(xmlFault('<a x="1" x="2"></a>')).toMatch(/repeated attribute/)
  expect(xmlFault('<a>')).toMatch(/unclosed/)
  expect(xmlFault('<a/><b/>')).toMatch(/2 root/)
})
