/**
 * kk-course, kk-signup-form and kk-service-request in one lazily loaded file. A course page needs the
 * sign-up form anyway, and each separately gzipped file costs its own header and dictionary: together
 * they are about 1.5 KB gzip smaller than as three files (plus a shared one for the forms).
 */
import './course/kk-course.js'
import './signup-form/kk-signup-form.js'
import './service-request/kk-service-request.js'
