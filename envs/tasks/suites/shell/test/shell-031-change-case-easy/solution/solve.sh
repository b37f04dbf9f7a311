#!/usr/bin/env bash
tr 'A-Z' 'a-z' < /workspace/service.log > /workspace/answer.txt
