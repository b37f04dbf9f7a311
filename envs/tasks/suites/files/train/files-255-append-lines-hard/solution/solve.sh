#!/usr/bin/env bash
printf '%s\n' 'cloud 55' 'stone 626' 'willow 242' >> /workspace/falcon.txt
