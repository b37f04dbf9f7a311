#!/usr/bin/env bash
printf '%s\n' 'sunny 423' 'jasper 56' >> /workspace/cobalt.txt
