#!/usr/bin/env bash
cp /workspace/lemon.txt /workspace/cobalt.txt && printf '%s\n' 'harbor 363' 'frost 518' >> /workspace/cobalt.txt
