#!/usr/bin/env bash
printf '%s\n' 'saddle 785' 'ember 883' >> /workspace/cedar.txt
