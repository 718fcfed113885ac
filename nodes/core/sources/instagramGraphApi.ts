/** What Instagram's Graph API edges are asked for, with which permissions, and what they give. */

/** Hashtag results do not name the author; this cannot be an Instagram username, so no reply can tag someone by it. */
export const UNDISCLOSED_AUTHOR = '(unknown)';

export const MEDIA_FIELDS = 'id,caption,permalink,timestamp,username,comments_count,like_count';
export const COMMENT_FIELDS = 'id,text,timestamp,username,like_count,from{id,username},parent_id';
export const HASHTAG_MEDIA_FIELDS =
	'id,caption,permalink,timestamp,media_type,comments_count,like_count';

// The permissions Meta's reference lists for each edge (Instagram API with Facebook Login).
export const MEDIA_PERMISSIONS = ['instagram_basic', 'pages_read_engagement', 'pages_show_list'];
export const COMMENT_PERMISSIONS = [
	'instagram_basic',
	'instagram_manage_comments',
	'pages_read_engagement',
	'pages_show_list',
];
export const HASHTAG_PERMISSIONS = [
	'instagram_basic',
	'the Instagram Public Content Access feature',
];
export const ACCOUNT_SETTING = 'Instagram Account ID';

/** Account, media, comment and hashtag ids are numbers. */
export const NUMERIC_ID = /^\d{1,30}$/;
