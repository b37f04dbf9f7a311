#!/usr/bin/env bash
printf '%s\n' 'pepper 404' 'orchid 245' 'ember 767' > /workspace/cobalt.txt
