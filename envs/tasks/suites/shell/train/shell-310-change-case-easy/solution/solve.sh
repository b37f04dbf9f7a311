#!/usr/bin/env bash
tr 'a-z' 'A-Z' < /workspace/service.log > /workspace/answer.txt
