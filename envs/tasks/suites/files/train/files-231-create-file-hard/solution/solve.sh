#!/usr/bin/env bash
mkdir -p /workspace/drafts && printf '%s\n' 'cobalt 190' 'saddle 635' 'harbor 496' 'raven 506' 'ember 147' > /workspace/drafts/falcon.txt
