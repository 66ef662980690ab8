target_sources(shoal-models PRIVATE
    tasks/boundedqueue.h
    tasks/importjob.h
    tasks/importjob.cpp
)
