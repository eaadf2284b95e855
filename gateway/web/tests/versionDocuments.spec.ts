import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import VersionDocuments from '../src/components/VersionDocuments.vue'
import { submittedVersions, versionDocumentUrl } from '../src/api/documents'
import { createAppI18n } from '../src/i18n'

function documents(props: InstanceType<typeof VersionDocuments>['$props'], locale: 'zh-CN' | 'en' = 'zh-CN') {
  return mount(VersionDocuments, { props, global: { plugins: [createAppI18n(locale)] } })
}

describe("a report version's documents", () => {
  it("are submission-service's Word and PDF of the version", () => {
    expect(versionDocumentUrl('r-1', 2, 'docx')).toBe('/api/reports/r-1/versions/2/document.docx')
    expect(versionDocumentUrl('r-1', 2, 'pdf')).toBe('/api/reports/r-1/versions/2/document.pdf')
    expect(versionDocumentUrl('a/b', 1, 'pdf')).toBe('/api/reports/a%2Fb/versions/1/document.pdf')
  })

  it('list every submitted version newest first, and none before the first submission', () => {
    expect(submittedVersions(3)).toEqual([3, 2, 1])
    expect(submittedVersions(0)).toEqual([])
    expect(submittedVersions(undefined)).toEqual([])
  })

  it("link one version as Word and PDF, the PDF beside the .docx, downloaded under the service's file name", () => {
    const wrapper = documents({ reportId: 'r-1', version: 2 })
    const links = wrapper.findAll('a')
    expect(links.map((link) => [link.attributes('data-test'), link.attributes('href'), link.text()])).toEqual([
      ['version-docx', '/api/reports/r-1/versions/2/document.docx', '下载 Word'],
      ['version-pdf', '/api/reports/r-1/versions/2/document.pdf', '下载 PDF'],
    ])
    expect(links.every((link) => link.attributes('download') === '')).toBe(true)
    expect(wrapper.text()).not.toContain('第 2 版')
  })

  it('name each version when listing them all, in English too', () => {
    const wrapper = documents({ reportId: 'r-1', count: 2 }, 'en')
    expect(wrapper.findAll('[data-test^="version-documents-"]').map((version) => version.text()))
      .toEqual(['Version 2Download WordDownload PDF', 'Version 1Download WordDownload PDF'])
  })
})
